/**
 * JSON reading and writing (JSON 编解码): the only package that uses Jackson. Mappers are configured for
 * byte-stable output (fixed property order, sorted maps) and strict input (unknown properties rejected, no
 * default typing).
 */
@NullMarked
package io.dangan.archive.core.internal.json;

import org.jspecify.annotations.NullMarked;
