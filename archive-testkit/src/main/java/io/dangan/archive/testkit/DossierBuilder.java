package io.dangan.archive.testkit;

import io.dangan.archive.filing.CategoryDefinition;
import io.dangan.archive.filing.CompletenessRule;
import io.dangan.archive.filing.FilingStandard;
import io.dangan.archive.filing.MaterialType;
import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.UnitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Builds dossiers for filing tests against any {@link FilingStandard} (including an integrator's own 细则):
 * complete ones, which satisfy every completeness rule that applies to the subject, and deliberately
 * incomplete ones, with one or more {@link PlantedDefect}s.
 *
 * <p>A complete dossier's materials are filed, bound to their type's category, numbered 1..n per category
 * in formation order, received within the filing deadline and carry distinct content digests. Reproducible:
 * the same seed, subject and standard give the same dossier. Not thread-safe.
 *
 * <pre>{@code
 * BuiltDossier complete = DossierBuilder.forStandard(standard, 42).subject(subject).extraMaterials(20).build();
 * BuiltDossier broken = DossierBuilder.plant(complete, standard, PlantedDefect.LATE, 7);
 * }</pre>
 */
public final class DossierBuilder {
    private static final UnitId CUSTODIAN = UnitId.of("U-testkit");

    private final FilingStandard standard;
    private final Random random;
    private final long seed;
    private Subject subject;
    private LocalDate asOf = LocalDate.of(2024, 6, 30);
    private int extra;
    private final Set<String> omitted = new HashSet<>();
    private DossierId dossierId;

    private DossierBuilder(FilingStandard standard, long seed) {
        this.standard = Objects.requireNonNull(standard, "standard");
        this.seed = seed;
        this.random = new Random(seed);
        this.subject = Fixtures.seeded(seed).subject();
        this.dossierId = DossierId.of("D" + Long.toString(seed & Long.MAX_VALUE, 36));
    }

    /**
     * @param standard the standard the dossier must satisfy
     * @param seed the seed of every random choice
     * @return a builder with a seeded subject
     */
    public static DossierBuilder forStandard(FilingStandard standard, long seed) {
        return new DossierBuilder(standard, seed);
    }

    /**
     * @param value the subject (its dates must lie before the audit date)
     * @return this builder
     */
    public DossierBuilder subject(Subject value) {
        this.subject = Objects.requireNonNull(value, "subject");
        return this;
    }

    /**
     * @param value the dossier id
     * @return this builder
     */
    public DossierBuilder dossierId(DossierId value) {
        this.dossierId = Objects.requireNonNull(value, "dossierId");
        return this;
    }

    /**
     * @param value the audit date; materials are formed and received before it
     * @return this builder
     */
    public DossierBuilder asOf(LocalDate value) {
        this.asOf = Objects.requireNonNull(value, "asOf");
        return this;
    }

    /**
     * @param count how many materials to add beyond the required ones, of types cycling through the standard
     * @return this builder
     */
    public DossierBuilder extraMaterials(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count " + count + " is negative");
        }
        this.extra = count;
        return this;
    }

    /**
     * Leaves out every material of a type (a deliberately incomplete dossier); extra materials avoid it too.
     *
     * @param typeCode the type to leave out
     * @return this builder
     */
    public DossierBuilder without(String typeCode) {
        omitted.add(Objects.requireNonNull(typeCode, "typeCode"));
        return this;
    }

    /** @return the type codes whose rules apply to the subject on the audit date */
    public Set<String> requiredTypes() {
        Set<String> out = new HashSet<>();
        for (CompletenessRule r : standard.rules()) {
            if (r.condition().test(subject, asOf)) {
                out.add(r.typeCode());
            }
        }
        return out;
    }

    /** @return the dossier */
    public BuiltDossier build() {
        Dossier dossier = Dossier.open(dossierId, subject.id(), CUSTODIAN);
        List<Material> materials = new ArrayList<>();
        List<String> required = new ArrayList<>(requiredTypes());
        required.sort(Comparator.naturalOrder());
        int n = 0;
        for (String code : required) {
            if (!omitted.contains(code)) {
                materials.add(material(dossier, standard.type(code).orElseThrow(), n++));
            }
        }
        List<MaterialType> types = standard.types().stream().filter(t -> !omitted.contains(t.code())).toList();
        for (int i = 0; i < extra && !types.isEmpty(); i++) {
            materials.add(material(dossier, types.get(random.nextInt(types.size())), n++));
        }
        return new BuiltDossier(subject, dossier, numbered(materials), asOf);
    }

    private Material material(Dossier dossier, MaterialType type, int n) {
        LocalDate earliest = subject.birthDate().plusYears(16);
        long span = Math.max(1, asOf.minusMonths(2).toEpochDay() - earliest.toEpochDay());
        LocalDate formed = earliest.plusDays(Math.floorMod(random.nextLong(), span));
        LocalDate received = formed.plusDays(random.nextInt(20));
        byte[] sm3 = new byte[32];
        byte[] sha = new byte[32];
        random.nextBytes(sm3);
        random.nextBytes(sha);
        ContentRef scan = new ContentRef("scan-" + n + ".pdf", "application/pdf", 40_000 + random.nextInt(400_000),
                List.of(Digest.of(DigestAlgorithm.SM3, sm3), Digest.of(DigestAlgorithm.SHA_256, sha)));
        String id = dossier.id().value() + "-M" + n + "-" + Long.toString(seed & 0xffff, 36);
        return new Material(MaterialId.of(id.length() > 64 ? id.substring(id.length() - 64) : id), dossier.id(),
                type.category(), type.name() + "（" + (n + 1) + "）", type.code(), formed, "测试单位组织部", received,
                1 + random.nextInt(6), List.of(scan), MaterialStatus.FILED, 1, 0);
    }

    /** Numbers materials 1..n per category by formation date, returned in catalogue order. */
    private static List<Material> numbered(List<Material> materials) {
        Map<MaterialCategory, List<Material>> byCategory = new java.util.TreeMap<>();
        for (Material m : materials) {
            byCategory.computeIfAbsent(m.category(), k -> new ArrayList<>()).add(m);
        }
        List<Material> out = new ArrayList<>(materials.size());
        for (Map.Entry<MaterialCategory, List<Material>> e : byCategory.entrySet()) {
            List<Material> list = e.getValue();
            list.sort(Comparator.comparing(Material::formedDate).thenComparing(Material::id));
            for (int i = 0; i < list.size(); i++) {
                out.add(list.get(i).filedAt(e.getKey(), i + 1));
            }
        }
        return out;
    }

    /**
     * Plants one defect into a complete dossier.
     *
     * @param complete a dossier built complete against the standard
     * @param standard the standard
     * @param defect the defect
     * @param seed picks which material is changed
     * @return the dossier with the defect
     * @throws IllegalArgumentException when the dossier offers no place for the defect (e.g. no required type,
     *     or no category with two materials for a duplicate number)
     */
    public static BuiltDossier plant(BuiltDossier complete, FilingStandard standard, PlantedDefect defect, long seed) {
        Random random = new Random(seed);
        List<Material> ms = new ArrayList<>(complete.materials());
        Map<String, Integer> typeCounts = new HashMap<>();
        ms.forEach(m -> typeCounts.merge(String.valueOf(m.typeCode()), 1, Integer::sum));
        Set<String> required = new HashSet<>();
        LocalDate asOf = complete.asOf();
        for (CompletenessRule r : standard.rules()) {
            if (r.condition().test(complete.subject(), asOf)) {
                required.add(r.typeCode());
            }
        }
        switch (defect) {
            case MISSING_REQUIRED -> {
                List<String> present = new ArrayList<>(new java.util.TreeSet<>(required));
                present.removeIf(t -> !typeCounts.containsKey(t));
                if (present.isEmpty()) {
                    throw new IllegalArgumentException("the dossier offers no place for " + defect);
                }
                String gone = present.get(random.nextInt(present.size()));
                Set<MaterialCategory> touched = new HashSet<>();
                for (Material m : ms) {
                    if (gone.equals(m.typeCode())) {
                        touched.add(m.category());
                    }
                }
                ms.removeIf(m -> gone.equals(m.typeCode()));
                List<Material> out = ms;
                for (MaterialCategory c : touched) {
                    out = renumber(out, c);
                }
                return new BuiltDossier(complete.subject(), complete.dossier(), out, asOf);
            }
            case MISFILED -> {
                int i = pick(indexes(ms, m -> standard.type(m.typeCode()).isPresent()), random, defect);
                Material m = ms.remove(i);
                List<MaterialCategory> places = new ArrayList<>();
                for (CategoryDefinition c : standard.categories()) {
                    if (standard.isFilingPlace(c.category()) && !c.category().equals(m.category())) {
                        places.add(c.category());
                    }
                }
                MaterialCategory target = places.get(random.nextInt(places.size()));
                int next = (int) ms.stream().filter(x -> x.category().equals(target)).count() + 1;
                ms.add(m.filedAt(target, next));
                return new BuiltDossier(complete.subject(), complete.dossier(), renumber(ms, m.category()), asOf);
            }
            case UNKNOWN_TYPE -> {
                int i = pick(indexes(ms, m -> !required.contains(m.typeCode()) || typeCounts.get(m.typeCode()) > 1),
                        random, defect);
                Material m = ms.get(i);
                ms.set(i, new Material(m.id(), m.dossier(), m.category(), m.title(), "UNDEFINED_TYPE", m.formedDate(),
                        m.sourceUnit(), m.receivedDate(), m.pages(), m.contents(), m.status(), m.sequence(), m.version()));
            }
            case LATE -> {
                int i = pick(indexes(ms, m -> true), random, defect);
                Material m = ms.get(i);
                ms.set(i, new Material(m.id(), m.dossier(), m.category(), m.title(), m.typeCode(), m.formedDate(),
                        m.sourceUnit(), m.formedDate().plus(standard.filingDeadline()).plusDays(1), m.pages(),
                        m.contents(), m.status(), m.sequence(), m.version()));
            }
            case DUPLICATE_CONTENT -> {
                List<Integer> withContent = indexes(ms, m -> !m.contents().isEmpty());
                if (withContent.size() < 2) {
                    throw new IllegalArgumentException("dossier has fewer than two materials with content");
                }
                int a = withContent.get(random.nextInt(withContent.size()));
                int b;
                do {
                    b = withContent.get(random.nextInt(withContent.size()));
                } while (b == a);
                Material m = ms.get(b);
                ms.set(b, new Material(m.id(), m.dossier(), m.category(), m.title(), m.typeCode(), m.formedDate(),
                        m.sourceUnit(), m.receivedDate(), m.pages(), ms.get(a).contents(), m.status(), m.sequence(),
                        m.version()));
            }
            case NUMBERING_GAP -> {
                int i = pick(lastOfCategory(ms, 1), random, defect);
                Material m = ms.get(i);
                ms.set(i, m.filedAt(m.category(), m.sequence() + 1));
            }
            case NUMBERING_DUPLICATE -> {
                int i = pick(lastOfCategory(ms, 2), random, defect);
                Material m = ms.get(i);
                ms.set(i, m.filedAt(m.category(), m.sequence() - 1));
            }
        }
        return new BuiltDossier(complete.subject(), complete.dossier(), ms, asOf);
    }

    private static List<Integer> lastOfCategory(List<Material> ms, int minSize) {
        Map<MaterialCategory, Integer> last = new LinkedHashMap<>();
        Map<MaterialCategory, Integer> size = new HashMap<>();
        for (int i = 0; i < ms.size(); i++) {
            MaterialCategory c = ms.get(i).category();
            Integer j = last.get(c);
            if (j == null || ms.get(j).sequence() < ms.get(i).sequence()) {
                last.put(c, i);
            }
            size.merge(c, 1, Integer::sum);
        }
        List<Integer> out = new ArrayList<>();
        last.forEach((c, i) -> {
            if (size.get(c) >= minSize) {
                out.add(i);
            }
        });
        return out;
    }

    private static List<Material> renumber(List<Material> ms, MaterialCategory category) {
        List<Material> out = new ArrayList<>();
        List<Material> inCategory = new ArrayList<>();
        for (Material m : ms) {
            if (m.category().equals(category)) {
                inCategory.add(m);
            } else {
                out.add(m);
            }
        }
        inCategory.sort(Comparator.comparingInt(Material::sequence).thenComparing(Material::id));
        for (int i = 0; i < inCategory.size(); i++) {
            out.add(inCategory.get(i).filedAt(category, i + 1));
        }
        out.sort(Comparator.comparing(Material::category).thenComparingInt(Material::sequence)
                .thenComparing(Material::id));
        return out;
    }

    private static List<Integer> indexes(List<Material> ms, java.util.function.Predicate<Material> p) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            if (p.test(ms.get(i))) {
                out.add(i);
            }
        }
        return out;
    }

    private static int pick(List<Integer> candidates, Random random, PlantedDefect defect) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("the dossier offers no place for " + defect);
        }
        return candidates.get(random.nextInt(candidates.size()));
    }
}
