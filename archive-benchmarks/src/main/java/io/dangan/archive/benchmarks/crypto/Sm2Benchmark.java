package io.dangan.archive.benchmarks.crypto;

import io.dangan.archive.crypto.SignatureAlgorithm;
import io.dangan.archive.crypto.SignatureCheck;
import io.dangan.archive.crypto.Signer;
import io.dangan.archive.crypto.SigningKey;
import io.dangan.archive.crypto.Verifier;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SM2 signing and verification of a 200-byte seal statement through {@link Signer} / {@link Verifier} against
 * Bouncy Castle's best raw path: an {@code SM2Signer} over the optimised curve from {@code CustomNamedCurves},
 * initialised once (its {@code Z} value computed once) and reused. Target: ours ≥ 0.90 × raw for both. Run:
 * {@code java -jar archive-benchmarks/target/benchmarks.jar Sm2Benchmark}.
 *
 * <p>Each comparison is one JMH group: ours and the raw peer run at the same time on two threads, so both see the
 * same load on a shared machine, and their ratio is fair even when the absolute figures are not.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class Sm2Benchmark {
    private final byte[] message = "seal|dossier=D-0001|version=12|size=300|root=sm3:..."
            .repeat(4).substring(0, 200).getBytes(StandardCharsets.UTF_8);
    private Signer signer;
    private Verifier verifier;
    private SM2Signer rawSigner;
    private SM2Signer rawVerifier;
    private byte[] signature;

    /**
     * Prepares one key for both paths.
     *
     * @throws Exception never
     */
    @Setup
    public void setUp() throws Exception {
        SigningKey key = SigningKey.generate(SignatureAlgorithm.SM2, new SecureRandom());
        signer = key.signer();
        verifier = Verifier.of(key.publicKey());
        X9ECParameters x9 = CustomNamedCurves.getByName("sm2p256v1");
        ECDomainParameters domain = new ECDomainParameters(x9.getCurve(), x9.getG(), x9.getN(), x9.getH());
        BigInteger d = ECPrivateKey.getInstance(ASN1Sequence.getInstance(
                PrivateKeyInfo.getInstance(key.pkcs8()).parsePrivateKey())).getKey();
        ECPrivateKeyParameters priv = new ECPrivateKeyParameters(d, domain);
        ECPublicKeyParameters pub = new ECPublicKeyParameters(
                new FixedPointCombMultiplier().multiply(domain.getG(), d).normalize(), domain);
        byte[] id = SignatureAlgorithm.SM2_DEFAULT_USER_ID.getBytes(StandardCharsets.US_ASCII);
        rawSigner = new SM2Signer();
        rawSigner.init(true, new ParametersWithID(new ParametersWithRandom(priv, new SecureRandom()), id));
        rawVerifier = new SM2Signer();
        rawVerifier.init(false, new ParametersWithID(pub, id));
        signature = signer.sign(message);
    }

    /** @return a signature */
    @Benchmark
    @Group("sign")
    @GroupThreads(1)
    public byte[] signOurs() {
        return signer.sign(message);
    }

    /**
     * @return a signature
     * @throws CryptoException never
     */
    @Benchmark
    @Group("sign")
    @GroupThreads(1)
    public byte[] signRaw() throws CryptoException {
        rawSigner.update(message, 0, message.length);
        return rawSigner.generateSignature();
    }

    /** @return the check */
    @Benchmark
    @Group("verify")
    @GroupThreads(1)
    public SignatureCheck verifyOurs() {
        return verifier.verify(message, signature);
    }

    /** @return whether it verified */
    @Benchmark
    @Group("verify")
    @GroupThreads(1)
    public boolean verifyRaw() {
        rawVerifier.update(message, 0, message.length);
        return rawVerifier.verifySignature(signature);
    }
}
