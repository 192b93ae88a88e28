/**
 * The archive's versioned JSON form (JSON 格式) of subjects, units, dossiers and materials, as
 * documented in {@code docs/json.md}, and the JSON forms of the filing reports ({@link io.dangan.archive.core.json.FilingJson}).
 */
@NullMarked
package io.dangan.archive.core.json;

import org.jspecify.annotations.NullMarked;
