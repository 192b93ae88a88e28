package io.dangan.archive.crypto.internal;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * One private instance of the Bouncy Castle JCA provider, used explicitly where a JCA object is unavoidable
 * (certificates, PKCS#12, CMS). It is never installed in {@link java.security.Security}, so the host
 * application's provider list is left alone.
 */
final class Bc {
    private Bc() {
    }

    private static final class Holder {
        static final Provider PROVIDER = new BouncyCastleProvider();
    }

    static Provider provider() {
        return Holder.PROVIDER;
    }
}
