package io.dangan.archive.cli;

import io.dangan.archive.crypto.KeyProvider;
import io.dangan.archive.crypto.KeyProviders;
import io.dangan.archive.crypto.LocalTimestampAuthority;
import io.dangan.archive.crypto.SignatureAlgorithm;
import io.dangan.archive.crypto.SigningKey;
import io.dangan.archive.crypto.TimestampAuthority;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The data folder's signing keys (密钥), created on first use: a PKCS#12 file {@code keys/dangan-keys.p12} holding
 * the SM2 seal key (alias {@value #SEAL_ALIAS}); the local timestamp authority's ECDSA P-256 key as PKCS#8 in
 * {@code keys/tsa.pk8}; and {@code keys/tsa/} holding every certificate the local authority has stamped with (each
 * run issues one), so that tokens of earlier runs still verify.
 *
 * <p>The key store password comes from the environment variable {@code DANGAN_KEYSTORE_PASSWORD}; without it the
 * demo password {@value #DEMO_PASSWORD} is used, which is fit for a demo only.
 */
final class SealKeys {
    static final String SEAL_ALIAS = "seal";
    static final String DEMO_PASSWORD = "dangan-demo";

    private final KeyProvider keys;
    private final LocalTimestampAuthority tsa;
    private final List<X509Certificate> tsaCertificates;
    private volatile boolean stamped;

    private SealKeys(KeyProvider keys, LocalTimestampAuthority tsa, List<X509Certificate> tsaCertificates) {
        this.keys = keys;
        this.tsa = tsa;
        this.tsaCertificates = tsaCertificates;
    }

    static SealKeys open(Path dataDir, Clock clock) {
        Path dir = dataDir.resolve("keys");
        Path file = dir.resolve("dangan-keys.p12");
        Path certs = dir.resolve("tsa");
        String env = System.getenv("DANGAN_KEYSTORE_PASSWORD");
        char[] password = (env == null || env.isEmpty() ? DEMO_PASSWORD : env).toCharArray();
        SecureRandom random = new SecureRandom();
        try {
            Files.createDirectories(certs);
            if (!Files.exists(file)) {
                KeyProviders.writePkcs12(file, password, Map.of(SEAL_ALIAS,
                        SigningKey.generate(SignatureAlgorithm.SM2, random)));
            }
            Path tsaFile = dir.resolve("tsa.pk8");
            if (!Files.exists(tsaFile)) {
                // ECDSA P-256, not SM2, for the local authority only: its certificates are kept as files and read back
                // with the JDK's certificate factory, which does not know the SM2 curve
                Files.write(tsaFile, SigningKey.generate(SignatureAlgorithm.ECDSA_P256, random).pkcs8());
            }
            KeyProvider provider = KeyProviders.pkcs12(file, password);
            SigningKey tsaKey = SigningKey.fromPkcs8(Files.readAllBytes(tsaFile));
            LocalTimestampAuthority tsa = LocalTimestampAuthority.create(clock, tsaKey, random);
            List<X509Certificate> known = new ArrayList<>();
            try (Stream<Path> files = Files.list(certs)) {
                for (Path p : files.sorted().toList()) {
                    known.add(certificate(Files.readAllBytes(p)));
                }
            }
            return new SealKeys(provider, tsa, known);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the keys in " + dir, e);
        }
    }

    /** Records the local authority's certificate of this run when it has stamped something. */
    void keepTimestampCertificate(Path dataDir) {
        X509Certificate cert = tsa.certificate();
        if (!stamped || tsaCertificates.contains(cert)) {
            return;
        }
        try {
            byte[] der = cert.getEncoded();
            Path p = dataDir.resolve("keys").resolve("tsa").resolve(cert.getSerialNumber().toString(16) + ".crt");
            Files.write(p, der);
            tsaCertificates.add(cert);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the timestamp certificate", e);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("the local timestamp certificate does not encode", e);
        }
    }

    private static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("a kept timestamp certificate does not decode", e);
        }
    }

    KeyProvider keys() {
        return keys;
    }

    /** @return the local authority, noting that it was used so that its certificate is kept */
    TimestampAuthority tsa() {
        return imprint -> {
            stamped = true;
            return tsa.stamp(imprint);
        };
    }

    /** @return this run's authority certificate and every kept one */
    X509Certificate[] timestampCertificates() {
        List<X509Certificate> all = new ArrayList<>(tsaCertificates);
        if (!all.contains(tsa.certificate())) {
            all.add(tsa.certificate());
        }
        return all.toArray(X509Certificate[]::new);
    }
}
