/**
 * EPC codecs (EPC 编码): the GS1 EPC Tag Data Standard's 96-bit schemes for documents and assets (GDTI-96,
 * GIAI-96, GRAI-96, SGTIN-96) between hexadecimal, tag URI and pure-identity URI, and the dossier's
 * "one person, one code" (一人一档一码) issued as GDTI-96 or GIAI-96 under the archive's own company prefix, or a
 * private scheme an integrator plugs in.
 */
@NullMarked
package io.dangan.archive.rfid.epc;

import org.jspecify.annotations.NullMarked;
