package io.dangan.archive.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyProvidersTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] PASSWORD = "档案-secret".toCharArray();

    @TempDir
    Path dir;

    @Test
    void pkcs12FilesRoundTripEveryAlgorithmWithCertificates() {
        SigningKey sm2 = SigningKey.generate(SignatureAlgorithm.SM2, RANDOM);
        X509Certificate cert = sm2.selfSignedCertificate("archive seal", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2030-01-01T00:00:00Z"));
        SigningKey ed = SigningKey.generate(SignatureAlgorithm.ED25519, RANDOM);
        SigningKey p256 = SigningKey.generate(SignatureAlgorithm.ECDSA_P256, RANDOM);
        Path file = dir.resolve("keys.p12");
        KeyProviders.writePkcs12(file, PASSWORD, Map.of("seal", sm2.withCertificate(cert), "ed", ed, "p256", p256));

        KeyProvider provider = KeyProviders.pkcs12(file, PASSWORD);
        assertThat(provider.id()).isEqualTo("pkcs12");
        assertThat(provider.spiVersion()).isEqualTo(KeyProvider.SPI_VERSION);
        assertThat(provider.aliases()).containsExactlyInAnyOrder("seal", "ed", "p256");
        assertThat(provider.publicKey("seal")).isEqualTo(sm2.publicKey());
        assertThat(provider.publicKey("ed")).isEqualTo(ed.publicKey());
        assertThat(provider.certificate("seal")).hasValueSatisfying(
                c -> assertThat(PublicKeyInfo.of(c)).isEqualTo(sm2.publicKey()));
        assertThat(provider.certificate("p256")).isPresent();
        byte[] m = "seal".getBytes(StandardCharsets.UTF_8);
        for (String alias : provider.aliases()) {
            Signer s = provider.signer(alias);
            assertThat(Verifier.of(s.publicKey()).verify(m, s.sign(m))).isEqualTo(SignatureCheck.VALID);
        }
    }

    @Test
    void wrongPasswordOrCorruptFileIsUnreadable() throws Exception {
        Path file = dir.resolve("keys.p12");
        KeyProviders.writePkcs12(file, PASSWORD, Map.of("k", SigningKey.generate(SignatureAlgorithm.SM2, RANDOM)));
        assertThatThrownBy(() -> KeyProviders.pkcs12(file, "wrong".toCharArray()))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).code()).isEqualTo(ErrorCode.KEYSTORE_UNREADABLE);
        Path corrupt = Files.write(dir.resolve("corrupt.p12"), new byte[] {0x30, 0x03, 1, 2});
        assertThatThrownBy(() -> KeyProviders.pkcs12(corrupt, PASSWORD)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> KeyProviders.pkcs12(dir.resolve("missing.p12"), PASSWORD))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void unknownAliasIsNotFoundAndNamesTheAvailableOnes() {
        KeyProvider p = KeyProviders.of(Map.of("seal", SigningKey.generate(SignatureAlgorithm.SM2, RANDOM)));
        assertThatThrownBy(() -> p.signer("audit")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("seal")
                .extracting(e -> ((NotFoundException) e).code()).isEqualTo(ErrorCode.KEY_NOT_FOUND);
        assertThat(p.signer("seal")).isSameAs(p.signer("seal"));
    }
}
