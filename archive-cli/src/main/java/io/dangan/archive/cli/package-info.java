/**
 * The {@code dangan} command (命令行工具): demo, verification, digests, EPC codes, inventory and audits
 * over a data folder holding an embedded H2 database and a content folder.
 */
@NullMarked
package io.dangan.archive.cli;

import org.jspecify.annotations.NullMarked;
