package io.dangan.archive.crypto.internal;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TSPValidationException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;
import org.jspecify.annotations.Nullable;

/** RFC 3161 encodings over bcpkix. */
public final class Tsp {
    private static final String EKU_OID = "2.5.29.37";

    private Tsp() {
    }

    /**
     * A decoded request.
     *
     * @param imprint the imprint
     * @param nonce the nonce
     */
    public record DecodedRequest(Digest imprint, BigInteger nonce) {
    }

    /**
     * A decoded token.
     *
     * @param genTime the time
     * @param imprint the imprint
     * @param serialNumber the serial
     * @param policy the policy OID
     * @param nonce the nonce, if any
     */
    public record DecodedToken(Instant genTime, Digest imprint, BigInteger serialNumber, String policy,
            @Nullable BigInteger nonce) {
    }

    static ASN1ObjectIdentifier oid(DigestAlgorithm algorithm) {
        return switch (algorithm) {
            case SM3 -> GMObjectIdentifiers.sm3;
            case SHA_256 -> NISTObjectIdentifiers.id_sha256;
        };
    }

    static @Nullable DigestAlgorithm algorithm(ASN1ObjectIdentifier oid) {
        if (GMObjectIdentifiers.sm3.equals(oid)) {
            return DigestAlgorithm.SM3;
        }
        if (NISTObjectIdentifiers.id_sha256.equals(oid)) {
            return DigestAlgorithm.SHA_256;
        }
        return null;
    }

    static Set<ASN1ObjectIdentifier> acceptedAlgorithms() {
        return Set.of(GMObjectIdentifiers.sm3, NISTObjectIdentifiers.id_sha256);
    }

    private static InvalidInputException malformed(String what, @Nullable Throwable cause) {
        return new InvalidInputException(ErrorCode.TIMESTAMP_MALFORMED, "timestamp", what, cause);
    }

    private static Digest imprint(ASN1ObjectIdentifier oid, byte[] value, String where) {
        DigestAlgorithm a = algorithm(oid);
        if (a == null) {
            throw malformed("%s imprint algorithm %s is not supported, expected SM3 or SHA-256".formatted(
                    where, oid.getId()), null);
        }
        if (value.length != a.length()) {
            throw malformed("%s %s imprint has %d bytes, expected %d".formatted(
                    where, a.standardName(), value.length, a.length()), null);
        }
        return Digest.of(a, value);
    }

    /**
     * Encodes a request.
     *
     * @param imprint the imprint
     * @param nonce the nonce
     * @return DER
     */
    public static byte[] encodeRequest(Digest imprint, BigInteger nonce) {
        TimeStampRequestGenerator g = new TimeStampRequestGenerator();
        g.setCertReq(true);
        try {
            return g.generate(oid(imprint.algorithm()), imprint.bytes(), nonce).getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Decodes a request.
     *
     * @param der DER
     * @return the request
     */
    public static DecodedRequest decodeRequest(byte[] der) {
        TimeStampRequest r = parseRequest(der);
        if (r.getNonce() == null) {
            throw malformed("timestamp request carries no nonce", null);
        }
        return new DecodedRequest(imprint(r.getMessageImprintAlgOID(), r.getMessageImprintDigest(), "request"),
                r.getNonce());
    }

    static TimeStampRequest parseRequest(byte[] der) {
        try {
            ASN1Primitive.fromByteArray(der); // rejects truncation and trailing bytes
            return new TimeStampRequest(der);
        } catch (IOException | RuntimeException e) {
            throw malformed("bytes are not a DER timestamp request: " + e.getMessage(), e);
        }
    }

    static TimeStampToken parseToken(byte[] der) {
        try {
            ContentInfo info = ContentInfo.getInstance(ASN1Primitive.fromByteArray(der));
            if (!CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
                throw new IllegalArgumentException("content type is " + info.getContentType() + ", not signedData");
            }
            if (!Arrays.equals(info.getEncoded(ASN1Encoding.DER), der)) {
                throw new IllegalArgumentException("encoding is not DER");
            }
            SignedData sd = SignedData.getInstance(info.getContent());
            if (sd.getVersion().intValueExact() != 3 || sd.getSignerInfos().size() != 1) {
                throw new IllegalArgumentException("SignedData must be version 3 with one signer (RFC 3161 §2.4.2)");
            }
            if (!PKCSObjectIdentifiers.id_ct_TSTInfo.equals(sd.getEncapContentInfo().getContentType())) {
                throw new IllegalArgumentException("encapsulated content is not a TSTInfo");
            }
            if (!(sd.getEncapContentInfo().getContent() instanceof ASN1OctetString)) {
                throw new IllegalArgumentException("encapsulated content is not an OCTET STRING");
            }
            SignerInfo signer = SignerInfo.getInstance(sd.getSignerInfos().getObjectAt(0));
            int expectedVersion = signer.getSID().isTagged() ? 3 : 1;
            if (signer.getVersion().intValueExact() != expectedVersion) {
                throw new IllegalArgumentException("SignerInfo version does not match its signer identifier");
            }
            if (sd.getCRLs() != null) {
                throw new IllegalArgumentException("a timestamp token carries no revocation data here");
            }
            if (sd.getCertificates() != null) {
                for (ASN1Encodable c : sd.getCertificates()) {
                    if (!(c.toASN1Primitive() instanceof ASN1Sequence)) {
                        throw new IllegalArgumentException("certificates hold something other than X.509 certificates");
                    }
                }
            }
            AlgorithmIdentifier signerDigest = signer.getDigestAlgorithm();
            if (sd.getDigestAlgorithms().size() != 1
                    || !AlgorithmIdentifier.getInstance(sd.getDigestAlgorithms().getObjectAt(0)).equals(signerDigest)) {
                throw new IllegalArgumentException("digestAlgorithms does not list exactly the signer's digest");
            }
            CMSSignedData cms = new CMSSignedData(info);
            cms.getCertificates().getMatches(null); // embedded certificates must decode too
            return new TimeStampToken(cms);
        } catch (IOException | CMSException | TSPException | RuntimeException e) {
            throw malformed("bytes are not a timestamp token: " + e.getMessage(), e);
        }
    }

    /**
     * Decodes a token.
     *
     * @param der DER
     * @return the token
     */
    public static DecodedToken decodeToken(byte[] der) {
        TimeStampTokenInfo info = parseToken(der).getTimeStampInfo();
        return new DecodedToken(info.getGenTime().toInstant(),
                imprint(info.getMessageImprintAlgOID(), info.getMessageImprintDigest(), "token"),
                info.getSerialNumber(), info.getPolicy().getId(), info.getNonce());
    }

    /**
     * Extracts the token of a response and checks it answers the request.
     *
     * @param response DER response
     * @param imprint the requested imprint
     * @param nonce the requested nonce
     * @return the token DER
     */
    public static byte[] tokenFromResponse(byte[] response, Digest imprint, BigInteger nonce) {
        TimeStampResponse r;
        try {
            ASN1Primitive.fromByteArray(response);
            r = new TimeStampResponse(response);
        } catch (IOException | TSPException | RuntimeException e) {
            throw malformed("bytes are not a timestamp response: " + e.getMessage(), e);
        }
        if (r.getStatus() != 0 && r.getStatus() != 1) {
            throw new InvalidInputException(ErrorCode.TIMESTAMP_REJECTED, "timestamp",
                    "timestamp authority refused the request: status %d, %s".formatted(r.getStatus(),
                            r.getStatusString()));
        }
        TimeStampToken token = r.getTimeStampToken();
        if (token == null) {
            throw new InvalidInputException(ErrorCode.TIMESTAMP_REJECTED, "timestamp",
                    "timestamp response is granted but carries no token");
        }
        byte[] der;
        try {
            der = token.getEncoded();
        } catch (IOException e) {
            throw malformed("timestamp token cannot be re-encoded", e);
        }
        DecodedToken d = decodeToken(der);
        if (!d.imprint().equals(imprint)) {
            throw new InvalidInputException(ErrorCode.TIMESTAMP_REJECTED, "timestamp",
                    "timestamp token binds %s, expected %s".formatted(d.imprint(), imprint));
        }
        if (!nonce.equals(d.nonce())) {
            throw new InvalidInputException(ErrorCode.TIMESTAMP_REJECTED, "timestamp",
                    "timestamp token echoes nonce %s, expected %s".formatted(d.nonce(), nonce));
        }
        return der;
    }

    /**
     * Checks a certificate may issue timestamps: extended key usage present, critical, exactly timeStamping.
     *
     * @param cert the certificate
     * @return whether it may
     */
    static boolean isTimestampingCertificate(X509Certificate cert) {
        Set<String> critical = cert.getCriticalExtensionOIDs();
        if (critical == null || !critical.contains(EKU_OID)) {
            return false;
        }
        try {
            List<String> eku = cert.getExtendedKeyUsage();
            return eku != null && eku.equals(List.of(KeyPurposeId.id_kp_timeStamping.getId()));
        } catch (CertificateParsingException e) {
            return false;
        }
    }

    /** Name matching ignores case; the signer's issuer must be the certificate's, byte for byte. */
    private static boolean sameIssuerEncoding(TimeStampToken t, X509CertificateHolder holder) {
        if (t.getSID().getIssuer() == null) {
            return true; // identified by subject key identifier, which match() compared exactly
        }
        try {
            return Arrays.equals(t.getSID().getIssuer().getEncoded(ASN1Encoding.DER),
                    holder.getIssuer().getEncoded(ASN1Encoding.DER));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Verifies a token's signature and certificate.
     *
     * @param token DER token
     * @param authority the certificate
     * @return the outcome: VALID, MALFORMED, SIGNER_MISMATCH, CERTIFICATE_INVALID or SIGNATURE_INVALID
     */
    public static Check verify(byte[] token, X509Certificate authority) {
        try {
            return verifyParsed(token, authority);
        } catch (RuntimeException e) {
            return Check.MALFORMED; // never throw for a hostile token
        }
    }

    private static Check verifyParsed(byte[] token, X509Certificate authority) {
        TimeStampToken t;
        try {
            t = parseToken(token);
        } catch (InvalidInputException e) {
            return Check.MALFORMED;
        }
        X509CertificateHolder holder;
        try {
            holder = new X509CertificateHolder(authority.getEncoded());
        } catch (IOException | CertificateException e) {
            return Check.CERTIFICATE_INVALID;
        }
        if (!t.getSID().match(holder) || !sameIssuerEncoding(t, holder)) {
            return Check.SIGNER_MISMATCH;
        }
        // when the token carries certificates, the authority's own must be among them, bit for bit
        java.util.Collection<X509CertificateHolder> embedded = t.toCMSSignedData().getCertificates().getMatches(null);
        if (!embedded.isEmpty() && !embedded.contains(holder)) {
            return Check.SIGNER_MISMATCH;
        }
        if (!isTimestampingCertificate(authority)) {
            return Check.CERTIFICATE_INVALID;
        }
        Date genTime = t.getTimeStampInfo().getGenTime();
        if (!holder.isValidOn(genTime)) {
            return Check.CERTIFICATE_INVALID;
        }
        SignerInformationVerifier verifier;
        try {
            verifier = new JcaSimpleSignerInfoVerifierBuilder().setProvider(Bc.provider()).build(holder);
        } catch (OperatorCreationException | CertificateException e) {
            return Check.CERTIFICATE_INVALID;
        }
        try {
            if (!t.isSignatureValid(verifier)) {
                return Check.SIGNATURE_INVALID;
            }
        } catch (TSPException | RuntimeException e) {
            return Check.SIGNATURE_INVALID;
        }
        try {
            t.validate(verifier); // ESS certificate id binds the signer certificate
        } catch (TSPValidationException e) {
            return Check.SIGNER_MISMATCH;
        } catch (TSPException | RuntimeException e) {
            return Check.SIGNATURE_INVALID;
        }
        return Check.VALID;
    }
}
