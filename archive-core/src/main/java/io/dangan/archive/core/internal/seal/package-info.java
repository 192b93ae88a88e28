/**
 * Dossier seals (档案封印): the canonical leaf and statement encodings ({@code docs/seal-format.md}), the seal chain
 * per dossier with consistency proofs, amendments, material proofs, and verification with DA/T 70 findings.
 */
@NullMarked
package io.dangan.archive.core.internal.seal;

import org.jspecify.annotations.NullMarked;
