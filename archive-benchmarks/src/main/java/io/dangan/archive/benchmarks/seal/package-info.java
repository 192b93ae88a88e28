/** Benchmarks of dossier sealing (档案封印) against the raw cost of its hashes and signature. */
@NullMarked
package io.dangan.archive.benchmarks.seal;

import org.jspecify.annotations.NullMarked;
