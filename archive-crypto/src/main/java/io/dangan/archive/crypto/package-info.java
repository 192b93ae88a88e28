/**
 * The public integrity toolkit (完整性工具): streaming digests (SM3, SHA-256), signatures (SM2 with SM3,
 * Ed25519, ECDSA P-256), key providers, RFC 6962 Merkle trees with inclusion and consistency proofs, and
 * RFC 3161 timestamps. Every type here speaks the SDK's own vocabulary and the JDK's; the providers behind
 * them stay internal.
 */
@NullMarked
package io.dangan.archive.crypto;

import org.jspecify.annotations.NullMarked;
