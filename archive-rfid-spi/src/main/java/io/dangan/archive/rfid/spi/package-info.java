/**
 * The hardware SPI (硬件接口): what RFID tag reader, door controller and environmental sensor vendors
 * implement, the providers discovered through {@link java.util.ServiceLoader}, their configuration and the
 * immutable events devices deliver. JDK only.
 */
@NullMarked
package io.dangan.archive.rfid.spi;

import org.jspecify.annotations.NullMarked;
