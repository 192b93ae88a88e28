/**
 * The dossier model (档案模型): subjects (cadres), units, dossiers, materials, their ids,
 * identity codes, categories, content references and statuses. All values are immutable
 * and validate themselves on construction.
 */
@NullMarked
package io.dangan.archive.model;

import org.jspecify.annotations.NullMarked;
