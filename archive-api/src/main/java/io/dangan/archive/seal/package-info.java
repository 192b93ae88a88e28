/**
 * Dossier seals and integrity verification (档案封印与完整性检测): the signed seal over a dossier's Merkle
 * root, the proof that lets a third party check one material alone, the {@link io.dangan.archive.seal.SealService}
 * and the verification report whose findings map to the authenticity and integrity checks of DA/T 70-2018
 * (四性检测: 真实性、完整性).
 */
@NullMarked
package io.dangan.archive.seal;

import org.jspecify.annotations.NullMarked;
