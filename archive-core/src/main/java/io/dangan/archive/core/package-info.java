/**
 * The engine's public entry points: wiring of the services and the shipped filing standards.
 */
@NullMarked
package io.dangan.archive.core;

import org.jspecify.annotations.NullMarked;
