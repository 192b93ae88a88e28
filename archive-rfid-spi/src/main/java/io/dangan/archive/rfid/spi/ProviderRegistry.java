package io.dangan.archive.rfid.spi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An instance-scoped registry of hardware providers (提供者注册表) of one kind. There is no global state: each
 * archive (or test) builds its own registry, from {@link ServiceLoader} discovery, from explicit instances, or
 * both.
 *
 * <p>Rules: an explicit instance ({@link #with}) replaces a discovered provider with the same id; an explicit id
 * ({@link #require}) always wins over the default choice; a provider that fails to load, or whose id, version or
 * capabilities throw, is skipped and reported in {@link #problems()}; a provider declaring another SPI version is
 * skipped and reported; a second provider with an id already taken is skipped with a {@code DUPLICATE_ID} warning;
 * an unknown id throws {@link HardwareException} naming the available ids.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <P> the provider kind
 */
public final class ProviderRegistry<P extends HardwareProvider> {
    private final Class<P> type;
    private final Map<String, P> byId;
    private final List<ProviderProblem> problems;

    private ProviderRegistry(Class<P> type, Map<String, P> byId, List<ProviderProblem> problems) {
        this.type = type;
        this.byId = byId;
        this.problems = List.copyOf(problems);
    }

    /**
     * Discovers providers with the thread's context class loader (or this class's loader when it has none).
     *
     * @param type the provider interface, e.g. {@code TagReaderProvider.class}
     * @param <P> the provider kind
     * @return the registry
     */
    public static <P extends HardwareProvider> ProviderRegistry<P> discover(Class<P> type) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return discover(type, loader != null ? loader : ProviderRegistry.class.getClassLoader());
    }

    /**
     * Discovers providers with a given class loader.
     *
     * @param type the provider interface
     * @param loader where to look for {@code META-INF/services} entries
     * @param <P> the provider kind
     * @return the registry
     */
    public static <P extends HardwareProvider> ProviderRegistry<P> discover(Class<P> type, ClassLoader loader) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(loader, "loader");
        Map<String, P> found = new TreeMap<>();
        List<ProviderProblem> problems = new ArrayList<>();
        Iterator<P> it = ServiceLoader.load(type, loader).iterator();
        while (true) {
            P provider;
            try {
                if (!it.hasNext()) {
                    break;
                }
                provider = it.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                problems.add(new ProviderProblem(ProviderProblem.Kind.BROKEN, "?",
                        "provider of " + type.getSimpleName() + " failed to load: " + e.getMessage()
                                + (e.getCause() != null ? " (" + e.getCause() + ")" : "")));
                continue;
            }
            admit(type, provider, found, problems);
        }
        return new ProviderRegistry<>(type, found, problems);
    }

    /**
     * A registry of explicit instances only, no discovery.
     *
     * @param type the provider interface
     * @param providers the providers
     * @param <P> the provider kind
     * @return the registry
     */
    public static <P extends HardwareProvider> ProviderRegistry<P> of(Class<P> type, Collection<? extends P> providers) {
        Objects.requireNonNull(type, "type");
        Map<String, P> found = new TreeMap<>();
        List<ProviderProblem> problems = new ArrayList<>();
        for (P p : providers) {
            admit(type, Objects.requireNonNull(p, "provider"), found, problems);
        }
        return new ProviderRegistry<>(type, found, problems);
    }

    private static <P extends HardwareProvider> void admit(Class<P> type, P provider, Map<String, P> found,
            List<ProviderProblem> problems) {
        String name = provider.getClass().getName();
        String id;
        int version;
        try {
            id = Objects.requireNonNull(provider.id(), "id()");
            version = provider.spiVersion();
            Objects.requireNonNull(provider.capabilities(), "capabilities()");
        } catch (RuntimeException | LinkageError e) {
            problems.add(new ProviderProblem(ProviderProblem.Kind.BROKEN, name,
                    "provider " + name + " threw while describing itself: " + e));
            return;
        }
        if (!validId(id)) {
            problems.add(new ProviderProblem(ProviderProblem.Kind.BROKEN, name,
                    "provider " + name + " has id '" + id + "', expected lower case letters, digits and '-'"));
            return;
        }
        if (version != HardwareProvider.SPI_VERSION) {
            problems.add(new ProviderProblem(ProviderProblem.Kind.INCOMPATIBLE_VERSION, id,
                    "provider " + id + " declares SPI version " + version + ", expected "
                            + HardwareProvider.SPI_VERSION));
            return;
        }
        P existing = found.get(id);
        if (existing != null) {
            problems.add(new ProviderProblem(ProviderProblem.Kind.DUPLICATE_ID, id,
                    "provider id " + id + " is used by " + existing.getClass().getName() + " and " + name
                            + "; keeping the first"));
            return;
        }
        found.put(id, provider);
    }

    static boolean validId(String id) {
        if (id.isEmpty() || id.length() > 64) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A registry with an explicit instance added; it replaces a registered provider with the same id.
     *
     * @param provider the explicit provider
     * @return a new registry
     */
    public ProviderRegistry<P> with(P provider) {
        Objects.requireNonNull(provider, "provider");
        Map<String, P> copy = new TreeMap<>(byId);
        List<ProviderProblem> newProblems = new ArrayList<>(problems);
        Map<String, P> single = new TreeMap<>();
        admit(type, provider, single, newProblems);
        copy.putAll(single);
        return new ProviderRegistry<>(type, copy, newProblems);
    }

    /** @return the usable providers in id order */
    public List<P> providers() {
        return List.copyOf(byId.values());
    }

    /** @return the ids of the usable providers, sorted */
    public Set<String> ids() {
        return Set.copyOf(byId.keySet());
    }

    /** @return providers skipped or warned about, in discovery order */
    public List<ProviderProblem> problems() {
        return problems;
    }

    /**
     * @param id a provider id
     * @return the provider with that id, if registered
     */
    public Optional<P> find(String id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns the provider with an id.
     *
     * @param id a provider id
     * @return the provider
     * @throws HardwareException {@code PROVIDER_UNKNOWN} naming the available ids
     */
    public P require(String id) {
        P p = byId.get(Objects.requireNonNull(id, "id"));
        if (p == null) {
            throw new HardwareException(HardwareErrorCode.PROVIDER_UNKNOWN, id,
                    "no " + type.getSimpleName() + " with id '" + id + "'; available: " + byId.keySet());
        }
        return p;
    }

    /**
     * Chooses a provider: the one with {@code id} when given, otherwise the only registered one.
     *
     * @param id the chosen id, or {@code null} for the default
     * @return the provider
     * @throws HardwareException {@code PROVIDER_UNKNOWN} when the id is unknown or nothing is registered,
     *     {@code PROVIDER_AMBIGUOUS} when no id is given and several providers are registered
     */
    public P select(@Nullable String id) {
        if (id != null) {
            return require(id);
        }
        if (byId.size() == 1) {
            return byId.values().iterator().next();
        }
        if (byId.isEmpty()) {
            throw new HardwareException(HardwareErrorCode.PROVIDER_UNKNOWN, "",
                    "no " + type.getSimpleName() + " is registered" + (problems.isEmpty() ? "" : "; skipped: " + problems));
        }
        throw new HardwareException(HardwareErrorCode.PROVIDER_AMBIGUOUS, "",
                "several " + type.getSimpleName() + "s are registered, choose one by id: " + byId.keySet());
    }
}
