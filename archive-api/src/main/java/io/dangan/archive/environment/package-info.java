/**
 * Environment monitoring (温湿度监控): room-type profiles shipped as data, readings, tiered alerts with their
 * lifecycle (raised, acknowledged, cleared) and the events recorded for the audit log.
 */
@NullMarked
package io.dangan.archive.environment;

import org.jspecify.annotations.NullMarked;
