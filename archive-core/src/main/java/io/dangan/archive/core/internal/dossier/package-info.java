/**
 * Implementation of dossier registration (档案登记).
 */
@NullMarked
package io.dangan.archive.core.internal.dossier;

import org.jspecify.annotations.NullMarked;
