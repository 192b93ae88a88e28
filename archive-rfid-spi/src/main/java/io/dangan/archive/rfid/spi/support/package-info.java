/**
 * Reusable implementation of the SPI's contracts (厂商复用支持) for vendors: the delivery contract
 * ({@link io.dangan.archive.rfid.spi.support.EventDispatcher}) and the device lifecycle with timeouts, keepalive
 * and reconnect back-off ({@link io.dangan.archive.rfid.spi.support.AbstractDevice} and its reader, door and sensor
 * subclasses). A vendor extends one base class and implements a few I/O hooks.
 */
@NullMarked
package io.dangan.archive.rfid.spi.support;

import org.jspecify.annotations.NullMarked;
