package io.dangan.archive.crypto.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/** The in-process timestamp authority's machinery: one token generator, serials from a counter. */
public final class LocalTsa {
    private final Clock clock;
    private final X509Certificate certificate;
    private final TimeStampResponseGenerator responses;
    private final AtomicLong serial = new AtomicLong();

    private LocalTsa(Clock clock, X509Certificate certificate, TimeStampResponseGenerator responses) {
        this.clock = clock;
        this.certificate = certificate;
        this.responses = responses;
    }

    /**
     * Creates one: issues its certificate (critical EKU timeStamping only, valid from a day before now for ten
     * years) and prepares the token generator.
     *
     * @param clock the clock
     * @param kind the key's algorithm
     * @param pkcs8 the canonical private key
     * @param spki the canonical public key
     * @param policyOid the policy OID written into tokens
     * @return the authority
     */
    public static LocalTsa create(Clock clock, KeyKind kind, byte[] pkcs8, byte[] spki, String policyOid) {
        Instant now = clock.instant();
        SignEngine signer = Signers.create(kind, pkcs8, "local-tsa");
        X509Certificate cert = KeyCodec.selfSigned(kind, spki, signer, "Dangan local TSA (本地时间戳服务)",
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3653)), true);
        try {
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().setProvider(Bc.provider())
                    .build();
            X509CertificateHolder holder = new X509CertificateHolder(cert.getEncoded());
            SignerInfoGenerator signerInfo = new SignerInfoGeneratorBuilder(digests)
                    .build(new SignerContentSigner(kind, signer), holder);
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(signerInfo,
                    digests.get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier(policyOid));
            tokens.setResolution(TimeStampTokenGenerator.R_MILLISECONDS);
            tokens.addCertificates(new JcaCertStore(java.util.List.of(cert)));
            return new LocalTsa(clock, cert,
                    new TimeStampResponseGenerator(tokens, Tsp.acceptedAlgorithms()));
        } catch (IOException | CertificateEncodingException | OperatorCreationException | TSPException e) {
            throw new IllegalStateException("cannot set up the local timestamp authority", e);
        }
    }

    /** @return the certificate */
    public X509Certificate certificate() {
        return certificate;
    }

    /**
     * Answers a request.
     *
     * @param request DER request
     * @return DER response
     */
    public synchronized byte[] respond(byte[] request) {
        try {
            TimeStampRequest req;
            try {
                req = Tsp.parseRequest(request);
            } catch (RuntimeException e) {
                return responses.generateFailResponse(PKIStatus.REJECTION, PKIFailureInfo.badDataFormat,
                        "malformed request").getEncoded();
            }
            return responses.generate(req, BigInteger.valueOf(serial.incrementAndGet()),
                    Date.from(clock.instant())).getEncoded();
        } catch (IOException | TSPException e) {
            throw new IllegalStateException("local timestamp authority failed", e);
        }
    }
}
