/**
 * Domain events and the audit log (审计日志): every state change and every access decision is
 * emitted as a {@link io.dangan.archive.audit.DomainEvent} through one {@link io.dangan.archive.audit.EventSink}.
 */
@NullMarked
package io.dangan.archive.audit;

import org.jspecify.annotations.NullMarked;
