/**
 * Hardware benchmarks (硬件基准): tag-observation ingest through the SPI's delivery path and location resolution,
 * inventory reconciliation at a million dossiers, and environment evaluation for ten thousand sensors.
 */
@NullMarked
package io.dangan.archive.benchmarks.hardware;

import org.jspecify.annotations.NullMarked;
