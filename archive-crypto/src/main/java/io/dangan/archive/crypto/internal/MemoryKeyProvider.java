package io.dangan.archive.crypto.internal;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.crypto.KeyProvider;
import io.dangan.archive.crypto.Signer;
import io.dangan.archive.crypto.SigningKey;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Keys held in memory; signers are created once per alias. */
public final class MemoryKeyProvider implements KeyProvider {
    private final String id;
    private final Map<String, SigningKey> keys;
    private final Map<String, Signer> signers = new ConcurrentHashMap<>();

    /**
     * Wraps keys.
     *
     * @param keys the keys by alias
     */
    public MemoryKeyProvider(Map<String, SigningKey> keys) {
        this("memory", keys);
    }

    /**
     * Wraps keys under a provider id.
     *
     * @param id the provider id
     * @param keys the keys by alias
     */
    public MemoryKeyProvider(String id, Map<String, SigningKey> keys) {
        this.id = id;
        this.keys = Map.copyOf(new TreeMap<>(keys));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Set<String> aliases() {
        return keys.keySet();
    }

    @Override
    public Signer signer(String alias) {
        SigningKey key = keys.get(alias);
        if (key == null) {
            throw new NotFoundException(ErrorCode.KEY_NOT_FOUND, alias,
                    "no signing key under alias '%s' in the %s key provider, available: %s".formatted(
                            alias, id, new TreeMap<>(keys).keySet()));
        }
        return signers.computeIfAbsent(alias, a -> key.signer());
    }
}
