/**
 * Jakarta Persistence implementation of the store SPI (JPA 实现): entities mapped to and from the api's
 * values, repositories, and the translation of persistence failures into the api's exceptions.
 * Not part of the API.
 */
@NullMarked
package io.dangan.archive.core.internal.persistence;

import org.jspecify.annotations.NullMarked;
