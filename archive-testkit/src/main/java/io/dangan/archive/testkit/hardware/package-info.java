/**
 * Fake hardware (模拟硬件) for tests: a tag reader with a scriptable tag population (duplicate reads, RSSI noise,
 * misses, garbage values), a door controller and an environmental sensor device, each with link faults (drops,
 * silence, refused or hanging connects). They extend the SPI's support classes and pass the conformance kit.
 */
@NullMarked
package io.dangan.archive.testkit.hardware;

import org.jspecify.annotations.NullMarked;
