/**
 * Environment monitoring (温湿度监控): profiles, tiered thresholds, swing, rate, offline and alerts: implementation detail of archive-core, reached through
 * {@link io.dangan.archive.core.Hardware}.
 */
@NullMarked
package io.dangan.archive.core.internal.environment;

import org.jspecify.annotations.NullMarked;
