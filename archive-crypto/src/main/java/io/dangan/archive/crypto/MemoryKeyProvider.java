package io.dangan.archive.crypto;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.NotFoundException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Keys held in memory; one signer is created per alias and shared. */
final class MemoryKeyProvider implements KeyProvider {
    private final String id;
    private final Map<String, SigningKey> keys;
    private final Map<String, Signer> signers = new ConcurrentHashMap<>();

    MemoryKeyProvider(String id, Map<String, SigningKey> keys) {
        this.id = id;
        this.keys = Map.copyOf(keys);
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
