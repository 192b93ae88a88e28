package io.dangan.archive.testkit;

import io.dangan.archive.model.CitizenId;
import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.DossierStatus;
import io.dangan.archive.model.EducationLevel;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.model.PostLevel;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.TitleLevel;
import io.dangan.archive.model.Unit;
import io.dangan.archive.model.UnitCode;
import io.dangan.archive.model.UnitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries (随机生成器) for every model value: valid citizen ids with their check characters,
 * unit codes, ids, categories, digests, content references, and subjects, units, dossiers and materials
 * whose fields are consistent with each other (a subject's birth date and gender agree with the citizen
 * id; work start and party join follow birth; a material is received on or after it was formed).
 *
 * <p>Every value generated is valid: its constructor accepts it. Generated stored entities are at
 * version 0 unless a method says otherwise. Use them in {@code @Property} tests through
 * {@code @ForAll("...")} provider methods. Stateless; the methods may be called from any thread.
 */
public final class ModelArbitraries {

    /** Province-level region prefixes of GB/T 2260 the generated citizen ids use. */
    private static final List<String> PROVINCES = List.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65");
    private static final String UNIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String ID_FIRST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String ID_REST = ID_FIRST + "._-";
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
            "欧阳", "司马", "诸葛", "𠇔");
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰建国志红玉华文德";
    private static final List<String> ETHNICITIES = List.of("汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族",
            "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族");
    private static final List<String> UNIT_NAMES = List.of("中共某省委组织部", "某市人民政府办公室", "某县财政局",
            "某区人力资源和社会保障局", "某镇人民政府", "某市教育局", "某县档案馆", "某县委组织部干部监督科");
    private static final List<String> TITLES = List.of("干部履历表", "干部任免审批表", "学历学位证书复印件",
            "入党志愿书", "年度考核登记表", "奖励审批表", "工资变动审批表", "出生日期认定材料", "政审材料", "转正定级审批表");
    private static final List<String> MEDIA_TYPES = List.of("image/tiff", "image/jpeg", "image/png", "application/pdf",
            "application/ofd", "application/octet-stream");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST_BIRTH = LocalDate.of(2008, 12, 31);
    private static final LocalDate LATEST_DATE = LocalDate.of(2030, 12, 31);

    private ModelArbitraries() {
    }

    // ---- identity codes ------------------------------------------------------------------------

    /** @return valid 18-character citizen ids (GB 11643) born 1900-2008, with correct check characters */
    public static Arbitrary<CitizenId> citizenIds() {
        return citizenIds(EARLIEST_BIRTH, LATEST_BIRTH);
    }

    /**
     * Valid citizen ids born in a range.
     *
     * @param earliest the earliest birth date, not before 1900-01-01
     * @param latest the latest birth date
     * @return the arbitrary
     */
    public static Arbitrary<CitizenId> citizenIds(LocalDate earliest, LocalDate latest) {
        if (earliest.isBefore(EARLIEST_BIRTH) || latest.isBefore(earliest)) {
            throw new IllegalArgumentException("birth range " + earliest + ".." + latest + " is empty or before 1900");
        }
        Arbitrary<String> province = Arbitraries.of(PROVINCES);
        Arbitrary<Integer> district = Arbitraries.integers().between(0, 9999);
        Arbitrary<LocalDate> birth = dates(earliest, latest);
        Arbitrary<Integer> sequence = Arbitraries.integers().between(0, 999);
        return Combinators.combine(province, district, birth, sequence).as((p, d, b, s) -> {
            String body = p + "%04d".formatted(d) + "%04d%02d%02d".formatted(b.getYear(), b.getMonthValue(),
                    b.getDayOfMonth()) + "%03d".formatted(s);
            return new CitizenId(body + CitizenId.checkCharacter(body));
        });
    }

    /** @return valid unified social credit codes (GB 32100) with correct check characters */
    public static Arbitrary<UnitCode> unitCodes() {
        return Arbitraries.strings().withChars(UNIT_CODE_ALPHABET.toCharArray()).ofLength(17)
                .map(body -> new UnitCode(body + UnitCode.checkCharacter(body)));
    }

    // ---- ids -----------------------------------------------------------------------------------

    /** @return id texts: 1-64 characters, letters, digits, '.', '_' or '-', starting with a letter or digit */
    public static Arbitrary<String> idTexts() {
        Arbitrary<Character> first = Arbitraries.of(chars(ID_FIRST));
        Arbitrary<String> rest = Arbitraries.strings().withChars(ID_REST.toCharArray()).ofMaxLength(63);
        Arbitrary<String> uuid = Combinators.combine(Arbitraries.longs(), Arbitraries.longs())
                .as((high, low) -> new java.util.UUID(high, low).toString());
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Combinators.combine(first, rest).as((f, r) -> f + r)),
                net.jqwik.api.Tuple.of(1, uuid));
    }

    /** @return subject ids */
    public static Arbitrary<SubjectId> subjectIds() {
        return idTexts().map(SubjectId::new);
    }

    /** @return unit ids */
    public static Arbitrary<UnitId> unitIds() {
        return idTexts().map(UnitId::new);
    }

    /** @return dossier ids */
    public static Arbitrary<DossierId> dossierIds() {
        return idTexts().map(DossierId::new);
    }

    /** @return material ids */
    public static Arbitrary<MaterialId> materialIds() {
        return idTexts().map(MaterialId::new);
    }

    // ---- small values --------------------------------------------------------------------------

    /** @return material categories: classes 1-10, with no sub-class or a sub-class 1-99 (weighted to 1-4) */
    public static Arbitrary<MaterialCategory> categories() {
        Arbitrary<Integer> classes = Arbitraries.integers().between(1, 10);
        Arbitrary<Integer> subClasses = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(1, 4)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 99)));
        return Combinators.combine(classes, subClasses).as(MaterialCategory::new);
    }

    /** @return digests of every algorithm, with random lower-case hex of the right length */
    public static Arbitrary<Digest> digests() {
        return Arbitraries.of(DigestAlgorithm.class).flatMap(ModelArbitraries::digests);
    }

    /**
     * Digests of one algorithm.
     *
     * @param algorithm the algorithm
     * @return the arbitrary
     */
    public static Arbitrary<Digest> digests(DigestAlgorithm algorithm) {
        return Arbitraries.bytes().array(byte[].class).ofSize(algorithm.length()).map(b -> Digest.of(algorithm, b));
    }

    /** @return content references: safe file names (Chinese and ASCII), known media types, sizes up to 10 GB, one digest per algorithm */
    public static Arbitrary<ContentRef> contentRefs() {
        Arbitrary<String> stem = Arbitraries.strings().withChars("扫描件材料第页abcXYZ0123456789_-".toCharArray())
                .ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> extension = Arbitraries.of(".tif", ".jpg", ".png", ".pdf", ".ofd", "");
        Arbitrary<String> fileName = Combinators.combine(stem, extension).as((s, e) -> s + e)
                .filter(n -> !n.equals(".") && !n.equals(".."));
        Arbitrary<Long> size = Arbitraries.longs().between(0, 10_000_000_000L);
        Arbitrary<List<Digest>> digestSets = Arbitraries.subsetOf(DigestAlgorithm.values()).ofMinSize(1)
                .flatMap(ModelArbitraries::digestsFor);
        return Combinators.combine(fileName, Arbitraries.of(MEDIA_TYPES), size, digestSets).as(ContentRef::new);
    }

    private static Arbitrary<List<Digest>> digestsFor(Set<DigestAlgorithm> algorithms) {
        List<Arbitrary<Digest>> parts = algorithms.stream().sorted().map(ModelArbitraries::digests)
                .collect(Collectors.toList());
        return Combinators.combine(parts).as(List::copyOf);
    }

    /** @return Chinese personal names of 2-4 characters, including compound surnames and rare characters */
    public static Arbitrary<String> chineseNames() {
        Arbitrary<String> given = Arbitraries.strings().withChars(GIVEN.toCharArray()).ofMinLength(1).ofMaxLength(2);
        Arbitrary<String> givenWithRare = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, given),
                net.jqwik.api.Tuple.of(1, given.map(g -> g + "𠮷")));
        return Combinators.combine(Arbitraries.of(SURNAMES), givenWithRare).as((s, g) -> s + g);
    }

    // ---- entities ------------------------------------------------------------------------------

    /** @return subjects at version 0 with consistent dates: birth date and gender from the citizen id, work and party dates after birth */
    public static Arbitrary<Subject> subjects() {
        return Combinators.combine(subjectIds(), citizenIds(), chineseNames(), Arbitraries.of(ETHNICITIES),
                        Arbitraries.of(EducationLevel.class), Arbitraries.of(TitleLevel.class),
                        Arbitraries.of(PostLevel.class))
                .flatAs((id, cid, name, ethnicity, education, title, post) -> {
                    LocalDate birth = cid.birthDate();
                    Arbitrary<LocalDate> after = dates(birth.plusDays(1), LATEST_DATE);
                    return Combinators.combine(after.injectNull(0.2), after.injectNull(0.4)).as(
                            (work, party) -> new Subject(id, cid, name, cid.gender(), birth, ethnicity, work, party,
                                    education, title, post, 0));
                });
    }

    /** @return units with or without code and parent (the parent id differs from the unit's id) */
    public static Arbitrary<Unit> units() {
        return Combinators.combine(unitIds(), Arbitraries.of(UNIT_NAMES), unitCodes().injectNull(0.3),
                        unitIds().injectNull(0.4))
                .filter((id, name, code, parent) -> !id.equals(parent))
                .as(Unit::new);
    }

    /** @return dossiers at version 0 of any status, with or without tag code and location */
    public static Arbitrary<Dossier> dossiers() {
        Arbitrary<String> tag = Arbitraries.strings().withChars("0123456789ABCDEF".toCharArray()).ofLength(24);
        Arbitrary<String> location = Combinators.combine(Arbitraries.integers().between(1, 9),
                        Arbitraries.integers().between(1, 40), Arbitraries.integers().between(1, 6))
                .as((room, cabinet, shelf) -> room + "号库房 " + cabinet + "柜 " + shelf + "层");
        return Combinators.combine(dossierIds(), subjectIds(), unitIds(), Arbitraries.of(DossierStatus.class),
                        tag.injectNull(0.3), location.injectNull(0.3))
                .as((id, subject, custodian, status, t, l) -> new Dossier(id, subject, custodian, status, t, l, 0));
    }

    /** @return materials at version 0 of random dossiers; see {@link #materials(DossierId)} */
    public static Arbitrary<Material> materials() {
        return dossierIds().flatMap(ModelArbitraries::materials);
    }

    /**
     * Materials of one dossier, at version 0: formed 1950-2030, received on or after forming (or not
     * recorded), 1-200 pages, 0-3 content files, sequence 0 when received and 1-300 once filed.
     *
     * @param dossier the dossier the materials belong to
     * @return the arbitrary
     */
    public static Arbitrary<Material> materials(DossierId dossier) {
        Arbitrary<LocalDate> formed = dates(LocalDate.of(1950, 1, 1), LATEST_DATE);
        Arbitrary<String> typeCode = Arbitraries.of("RESUME", "APPOINTMENT", "DEGREE", "PARTY_APPLICATION",
                "ANNUAL_REVIEW", "SALARY").injectNull(0.3);
        return Combinators.combine(materialIds(), categories(), Arbitraries.of(TITLES), typeCode, formed,
                        Arbitraries.of(UNIT_NAMES), Arbitraries.integers().between(1, 200),
                        contentRefs().list().ofMaxSize(3))
                .flatAs((id, category, title, type, formedOn, source, pages, contents) -> Combinators.combine(
                                dates(formedOn, formedOn.plusYears(2)).injectNull(0.3),
                                Arbitraries.of(MaterialStatus.class), Arbitraries.integers().between(1, 300))
                        .as((received, status, sequence) -> new Material(id, dossier, category, title, type, formedOn,
                                source, received, pages, contents, status,
                                status == MaterialStatus.FILED ? sequence : 0, 0)));
    }

    /**
     * Dates in a range, inclusive.
     *
     * @param earliest the first date
     * @param latest the last date
     * @return the arbitrary
     */
    public static Arbitrary<LocalDate> dates(LocalDate earliest, LocalDate latest) {
        long from = earliest.toEpochDay();
        long to = latest.toEpochDay();
        return Arbitraries.longs().between(from, to).map(LocalDate::ofEpochDay);
    }

    private static List<Character> chars(String s) {
        List<Character> result = new ArrayList<>();
        s.chars().forEach(c -> result.add((char) c));
        return result;
    }
}
