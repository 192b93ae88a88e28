package io.dangan.archive.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TimestampTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00.123Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final LocalTimestampAuthority TSA = LocalTimestampAuthority.create(CLOCK, SignatureAlgorithm.SM2,
            RANDOM);
    private static final Digest IMPRINT = Hasher.digest(DigestAlgorithm.SM3,
            "seal of dossier D-1 v3".getBytes(StandardCharsets.UTF_8));

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void tokensBindTheImprintAndTimeAndVerifyAgainstTheAuthority(SignatureAlgorithm a) {
        LocalTimestampAuthority tsa = a == SignatureAlgorithm.SM2 ? TSA : LocalTimestampAuthority.create(CLOCK, a, RANDOM);
        for (DigestAlgorithm d : DigestAlgorithm.values()) {
            Digest imprint = Hasher.digest(d, new byte[] {1, 2, 3});
            TimestampToken token = tsa.stamp(imprint);
            assertThat(token.genTime()).isEqualTo(NOW);
            assertThat(token.imprint()).isEqualTo(imprint);
            assertThat(token.policy()).isEqualTo(LocalTimestampAuthority.POLICY_OID);
            assertThat(token.verify(tsa.certificate(), imprint)).isEqualTo(TimestampCheck.VALID);
            assertThat(TimestampToken.verify(token.encoded(), tsa.certificate(), imprint)).isEqualTo(TimestampCheck.VALID);
            assertThat(TimestampToken.decode(token.encoded())).isEqualTo(token);
        }
    }

    @Test
    void theAuthorityCertificateHasOnlyTheCriticalTimeStampingUsage() throws Exception {
        X509Certificate c = TSA.certificate();
        assertThat(c.getCriticalExtensionOIDs()).contains("2.5.29.37");
        assertThat(c.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.8");
    }

    @Test
    void aTokenForOtherDataIsAnImprintMismatch() {
        TimestampToken token = TSA.stamp(IMPRINT);
        Digest other = Hasher.digest(DigestAlgorithm.SM3, new byte[] {9});
        assertThat(token.verify(TSA.certificate(), other)).isEqualTo(TimestampCheck.IMPRINT_MISMATCH);
        assertThat(token.verify(TSA.certificate(), Hasher.digest(DigestAlgorithm.SHA_256,
                "seal of dossier D-1 v3".getBytes(StandardCharsets.UTF_8)))).isEqualTo(TimestampCheck.IMPRINT_MISMATCH);
    }

    @Test
    void truncatedTokensAreMalformed() {
        byte[] der = TSA.stamp(IMPRINT).encoded();
        for (int cut : new int[] {0, 1, 10, der.length / 2, der.length - 1}) {
            assertThat(TimestampToken.verify(Arrays.copyOf(der, cut), TSA.certificate(), IMPRINT))
                    .as("cut at %d", cut).isEqualTo(TimestampCheck.MALFORMED);
        }
        byte[] trailing = Arrays.copyOf(der, der.length + 1);
        assertThat(TimestampToken.verify(trailing, TSA.certificate(), IMPRINT)).isEqualTo(TimestampCheck.MALFORMED);
        assertThatThrownBy(() -> TimestampToken.decode(Arrays.copyOf(der, 20))).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).code()).isEqualTo(ErrorCode.TIMESTAMP_MALFORMED);
    }

    @Test
    void aForgedTimeInsideTheTokenBreaksItsSignature() {
        TimestampToken token = TSA.stamp(IMPRINT);
        byte[] der = token.encoded();
        // the genTime is GeneralizedTime "20261125080000.123Z"; move it an hour on
        byte[] time = "20261125080000".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(der, time);
        assertThat(at).isPositive();
        der[at + 9] = '9';
        // and the CMS signing-time attribute (UTCTime) alike, so the token still parses
        int st = indexOf(der, "261125080000Z".getBytes(StandardCharsets.US_ASCII));
        assertThat(st).isPositive();
        der[st + 7] = '9';
        TimestampToken forged = TimestampToken.decode(der);
        assertThat(forged.genTime()).isEqualTo(Instant.parse("2026-11-25T09:00:00.123Z"));
        assertThat(forged.verify(TSA.certificate(), IMPRINT)).isEqualTo(TimestampCheck.SIGNATURE_INVALID);
    }

    @Test
    void anyFlippedBitInTheTokenIsNeverValid() {
        byte[] der = TSA.stamp(IMPRINT).encoded();
        java.util.List<Integer> accepted = new java.util.ArrayList<>();
        // every byte once (the bit position rotates), and every bit of the envelope headers
        java.util.List<Integer> bits = new java.util.ArrayList<>();
        for (int i = 0; i < der.length; i++) {
            bits.add(i * 8 + (i * 3) % 8);
        }
        for (int i = 0; i < 64 * 8; i++) {
            bits.add(i);
        }
        for (int i : bits) {
            byte[] copy = der.clone();
            copy[i / 8] ^= (byte) (1 << (i % 8));
            if (TimestampToken.verify(copy, TSA.certificate(), IMPRINT) == TimestampCheck.VALID) {
                accepted.add(i);
            }
        }
        assertThat(accepted).as("bits whose flip still verifies").isEmpty();
    }

    @Test
    void anotherAuthoritysCertificateIsASignerMismatch() {
        LocalTimestampAuthority other = LocalTimestampAuthority.create(CLOCK, SignatureAlgorithm.SM2, RANDOM);
        assertThat(TSA.stamp(IMPRINT).verify(other.certificate(), IMPRINT)).isEqualTo(TimestampCheck.SIGNER_MISMATCH);
    }

    @Test
    void aCertificateWithoutTheTimeStampingUsageIsRejected() {
        SigningKey key = SigningKey.generate(SignatureAlgorithm.SM2, RANDOM);
        LocalTimestampAuthority tsa = LocalTimestampAuthority.create(CLOCK, key, RANDOM);
        X509Certificate plain = key.selfSignedCertificate("Dangan local TSA (本地时间戳服务)",
                NOW.minusSeconds(86_400), NOW.plusSeconds(86_400));
        TimestampToken token = tsa.stamp(IMPRINT);
        assertThat(token.verify(tsa.certificate(), IMPRINT)).isEqualTo(TimestampCheck.VALID);
        assertThat(token.verify(plain, IMPRINT)).isIn(TimestampCheck.CERTIFICATE_INVALID, TimestampCheck.SIGNER_MISMATCH);
    }

    @Test
    void aTokenOutsideTheCertificateValidityIsRejected() {
        SigningKey key = SigningKey.generate(SignatureAlgorithm.SM2, RANDOM);
        Clock late = Clock.fixed(NOW.plusSeconds(3653L * 86_400 + 10), ZoneOffset.UTC);
        // an authority whose certificate was issued at NOW but whose clock runs past its validity
        LocalTimestampAuthority early = LocalTimestampAuthority.create(CLOCK, key, RANDOM);
        LocalTimestampAuthority lateTsa = LocalTimestampAuthority.create(late, key, RANDOM);
        TimestampToken token = lateTsa.stamp(IMPRINT);
        assertThat(token.verify(lateTsa.certificate(), IMPRINT)).isEqualTo(TimestampCheck.VALID);
        assertThat(token.verify(early.certificate(), IMPRINT)).isIn(TimestampCheck.CERTIFICATE_INVALID,
                TimestampCheck.SIGNER_MISMATCH);
    }

    @Test
    void responsesAreCheckedAgainstTheirRequest() {
        TimestampRequest req = TimestampRequest.of(IMPRINT, BigInteger.valueOf(42));
        assertThat(TimestampRequest.decode(req.encoded()).imprint()).isEqualTo(IMPRINT);
        assertThat(TimestampRequest.decode(req.encoded()).nonce()).isEqualTo(BigInteger.valueOf(42));
        byte[] response = TSA.respond(req.encoded());
        assertThat(TimestampToken.fromResponse(response, req).nonce()).contains(BigInteger.valueOf(42));
        TimestampRequest otherNonce = TimestampRequest.of(IMPRINT, BigInteger.valueOf(43));
        assertThatThrownBy(() -> TimestampToken.fromResponse(response, otherNonce))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).code()).isEqualTo(ErrorCode.TIMESTAMP_REJECTED);
        byte[] refused = TSA.respond(new byte[] {0x30, 0x00});
        assertThatThrownBy(() -> TimestampToken.fromResponse(refused, req))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).code()).isEqualTo(ErrorCode.TIMESTAMP_REJECTED);
        assertThatThrownBy(() -> TimestampToken.fromResponse(new byte[] {1, 2}, req))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).code()).isEqualTo(ErrorCode.TIMESTAMP_MALFORMED);
    }

    @Test
    void tokensAreNumberedSerially() {
        BigInteger a = TSA.stamp(IMPRINT).serialNumber();
        BigInteger b = TSA.stamp(IMPRINT).serialNumber();
        assertThat(b).isEqualTo(a.add(BigInteger.ONE));
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
