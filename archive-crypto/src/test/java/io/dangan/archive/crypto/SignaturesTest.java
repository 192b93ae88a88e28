package io.dangan.archive.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SignaturesTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] MESSAGE = "档案 dossier 15052519850101123X".getBytes(StandardCharsets.UTF_8);
    private static final SigningKey SM2 = SigningKey.generate(SignatureAlgorithm.SM2, RANDOM);
    private static final SigningKey ED = SigningKey.generate(SignatureAlgorithm.ED25519, RANDOM);
    private static final SigningKey P256 = SigningKey.generate(SignatureAlgorithm.ECDSA_P256, RANDOM);

    private static SigningKey key(SignatureAlgorithm a) {
        return switch (a) {
            case SM2 -> SM2;
            case ED25519 -> ED;
            case ECDSA_P256 -> P256;
        };
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void signaturesVerifyUnderTheirKeyOnly(SignatureAlgorithm a) {
        Signer signer = key(a).signer();
        byte[] sig = signer.sign(MESSAGE);
        Verifier v = Verifier.of(signer.publicKey());
        assertThat(v.verify(MESSAGE, sig)).isEqualTo(SignatureCheck.VALID);
        byte[] altered = MESSAGE.clone();
        altered[0] ^= 1;
        assertThat(v.verify(altered, sig)).isEqualTo(SignatureCheck.INVALID);
        SigningKey other = SigningKey.generate(a, RANDOM);
        assertThat(Verifier.of(other.publicKey()).verify(MESSAGE, sig)).isEqualTo(SignatureCheck.INVALID);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void malformedEncodingsAreReportedAsMalformedNotInvalid(SignatureAlgorithm a) {
        byte[] sig = key(a).signer().sign(MESSAGE);
        Verifier v = Verifier.of(key(a).publicKey());
        assertThat(v.verify(MESSAGE, new byte[0])).isEqualTo(SignatureCheck.MALFORMED);
        assertThat(v.verify(MESSAGE, Arrays.copyOf(sig, sig.length - 1))).as("truncated").isEqualTo(SignatureCheck.MALFORMED);
        assertThat(v.verify(MESSAGE, Arrays.copyOf(sig, sig.length + 1))).as("trailing byte").isEqualTo(SignatureCheck.MALFORMED);
        if (a != SignatureAlgorithm.ED25519) {
            byte[] wrongTag = sig.clone();
            wrongTag[0] = 0x31;
            assertThat(v.verify(MESSAGE, wrongTag)).isEqualTo(SignatureCheck.MALFORMED);
            // r = 0, s = 1
            assertThat(v.verify(MESSAGE, HexFormat.of().parseHex("3006020100020101"))).isEqualTo(SignatureCheck.MALFORMED);
            // non-minimal integer (leading zero before a small byte)
            assertThat(v.verify(MESSAGE, HexFormat.of().parseHex("300802020001020201ff")))
                    .isEqualTo(SignatureCheck.MALFORMED);
            // negative r
            assertThat(v.verify(MESSAGE, HexFormat.of().parseHex("3006020180020101"))).isEqualTo(SignatureCheck.MALFORMED);
        } else {
            byte[] bigS = sig.clone();
            Arrays.fill(bigS, 32, 64, (byte) 0xff);
            assertThat(v.verify(MESSAGE, bigS)).as("non-canonical S").isEqualTo(SignatureCheck.MALFORMED);
        }
    }

    @Test
    void sm2SignaturesAreDerSequencesOfTwoIntegers() {
        byte[] sig = SM2.signer().sign(MESSAGE);
        assertThat(sig[0]).isEqualTo((byte) 0x30);
        assertThat(sig[1] & 0xff).isEqualTo(sig.length - 2);
        assertThat(sig[2]).isEqualTo((byte) 0x02);
        assertThat(SM2.signer().algorithm()).isEqualTo(SignatureAlgorithm.SM2);
    }

    @Property(tries = 60)
    void anyFlippedBitInASignatureFailsVerification(@ForAll @Size(max = 200) byte[] message,
            @ForAll @IntRange(min = 0, max = 10_000) int bit) {
        for (SignatureAlgorithm a : SignatureAlgorithm.values()) {
            byte[] sig = key(a).signer().sign(message);
            Verifier v = Verifier.of(key(a).publicKey());
            assertThat(v.verify(message, sig)).isEqualTo(SignatureCheck.VALID);
            int i = bit % (sig.length * 8);
            sig[i / 8] ^= (byte) (1 << (i % 8));
            assertThat(v.verify(message, sig)).isIn(SignatureCheck.INVALID, SignatureCheck.MALFORMED);
        }
    }

    @Test
    @DisplayName("SM2 public keys under the SM2 algorithm OID decode to the same key as under id-ecPublicKey")
    void acceptsBothSm2PublicKeyEncodings() {
        byte[] canonical = SM2.publicKey().encoded();
        // SEQUENCE { SEQUENCE { OID 1.2.840.10045.2.1, OID 1.2.156.10197.1.301 }, BIT STRING } is canonical; build
        // SEQUENCE { SEQUENCE { OID 1.2.156.10197.1.301 }, BIT STRING } from the same point
        byte[] point = Arrays.copyOfRange(canonical, canonical.length - 65, canonical.length);
        byte[] algOnly = HexFormat.of().parseHex("300a06082a811ccf5501822d");
        byte[] bitString = new byte[3 + 65];
        bitString[0] = 0x03;
        bitString[1] = 66;
        bitString[2] = 0;
        System.arraycopy(point, 0, bitString, 3, 65);
        byte[] body = concat(algOnly, bitString);
        byte[] alt = concat(new byte[] {0x30, (byte) body.length}, body);
        PublicKeyInfo decoded = PublicKeyInfo.decode(alt);
        assertThat(decoded).isEqualTo(SM2.publicKey());
        assertThat(decoded.keyId()).isEqualTo(SM2.publicKey().keyId());
        assertThat(Verifier.of(decoded).verify(MESSAGE, SM2.signer().sign(MESSAGE))).isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void rejectsPointsOffTheCurveAndUnknownAlgorithms() {
        byte[] bad = SM2.publicKey().encoded();
        bad[bad.length - 1] ^= 1;
        assertThatThrownBy(() -> PublicKeyInfo.decode(bad)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).code()).isEqualTo(ErrorCode.PUBLIC_KEY_MALFORMED);
        assertThatThrownBy(() -> PublicKeyInfo.decode(new byte[] {0x30, 0x00})).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PublicKeyInfo.decode(Arrays.copyOf(SM2.publicKey().encoded(), 40)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SigningKey.fromPkcs8(new byte[] {1, 2, 3})).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).code()).isEqualTo(ErrorCode.PRIVATE_KEY_MALFORMED);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void keysRoundTripThroughPkcs8AndPem(SignatureAlgorithm a) {
        SigningKey k = key(a);
        SigningKey back = SigningKey.fromPkcs8(k.pkcs8());
        assertThat(back.publicKey()).isEqualTo(k.publicKey());
        assertThat(PublicKeyInfo.fromPem(k.publicKey().toPem())).isEqualTo(k.publicKey());
        assertThat(Verifier.of(k.publicKey()).verify(MESSAGE, back.signer().sign(MESSAGE))).isEqualTo(SignatureCheck.VALID);
        assertThat(k.publicKey().keyId()).hasSize(64);
        assertThat(k.toString()).doesNotContain(HexFormat.of().formatHex(k.pkcs8()));
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void selfSignedCertificatesCarryTheKeyAndVerify(SignatureAlgorithm a) throws Exception {
        SigningKey k = key(a);
        X509Certificate cert = k.selfSignedCertificate("测试签名者", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2036-01-01T00:00:00Z"));
        assertThat(PublicKeyInfo.of(cert)).isEqualTo(k.publicKey());
        Signer s = k.withCertificate(cert).signer();
        assertThat(s.certificate()).contains(cert);
        assertThat(Verifier.of(cert).verify(MESSAGE, s.sign(MESSAGE))).isEqualTo(SignatureCheck.VALID);
        SigningKey other = SigningKey.generate(a, RANDOM);
        assertThatThrownBy(() -> other.withCertificate(cert)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).code()).isEqualTo(ErrorCode.CERTIFICATE_MALFORMED);
    }

    @Test
    void oneSignerServesManyThreads() throws Exception {
        Signer signer = SM2.signer();
        Verifier v = Verifier.of(SM2.publicKey());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                byte[] m = ("message " + i).getBytes(StandardCharsets.UTF_8);
                results.add(pool.submit(() -> v.verify(m, signer.sign(m)) == SignatureCheck.VALID));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void algorithmsAreFoundByName() {
        assertThat(SignatureAlgorithm.byName("sm2")).isEqualTo(SignatureAlgorithm.SM2);
        assertThat(SignatureAlgorithm.byName("ECDSA-P256")).isEqualTo(SignatureAlgorithm.ECDSA_P256);
        assertThat(SignatureAlgorithm.byName("ed25519")).isEqualTo(SignatureAlgorithm.ED25519);
        assertThatThrownBy(() -> SignatureAlgorithm.byName("rsa")).isInstanceOf(InvalidInputException.class);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
