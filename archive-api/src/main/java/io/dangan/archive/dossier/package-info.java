/**
 * Registration of units, subjects, dossiers and materials (档案登记): the service every other area
 * builds on, and the events it emits.
 */
@NullMarked
package io.dangan.archive.dossier;

import org.jspecify.annotations.NullMarked;
