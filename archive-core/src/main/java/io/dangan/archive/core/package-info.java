/**
 * The engine's public entry (引擎入口): {@link io.dangan.archive.core.Archives#builder()} wires an
 * {@link io.dangan.archive.core.Archive} from a clock, stores, keys and policies. Everything else of
 * the engine lives in {@code internal} packages.
 */
@NullMarked
package io.dangan.archive.core;

import org.jspecify.annotations.NullMarked;
