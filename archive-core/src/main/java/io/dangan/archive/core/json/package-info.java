/**
 * JSON forms (JSON 格式) of the engine's reports, for integrators and the command line.
 */
@NullMarked
package io.dangan.archive.core.json;

import org.jspecify.annotations.NullMarked;
