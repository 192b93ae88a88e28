/**
 * JSON (Jackson) for the engine: the only internal package that imports Jackson. Readers validate on load
 * and name the file and JSON pointer of every error; writers emit fixed property order for byte-stable output.
 */
@NullMarked
package io.dangan.archive.core.internal.json;

import org.jspecify.annotations.NullMarked;
