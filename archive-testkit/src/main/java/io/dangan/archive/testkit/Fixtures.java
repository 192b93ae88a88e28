package io.dangan.archive.testkit;

import io.dangan.archive.model.CitizenId;
import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.EducationLevel;
import io.dangan.archive.model.Gender;
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
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Realistic, reproducible test data (测试数据): Chinese names, real region codes, government units with
 * valid unified social credit codes, and cadres with consistent dates.
 *
 * <p>A fixture is seeded, so the same seed yields the same data on every run. Not thread-safe: use
 * one instance per thread.
 */
public final class Fixtures {
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
        "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "欧阳", "司马"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
        "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "国庆", "志强", "海燕", "晓东", "红梅", "文博"};
    private static final String[][] REGIONS = {
        {"110101", "北京市东城区"}, {"310101", "上海市黄浦区"}, {"440103", "广州市荔湾区"}, {"330102", "杭州市上城区"},
        {"510104", "成都市锦江区"}, {"420102", "武汉市江岸区"}, {"150525", "奈曼旗"}, {"370102", "济南市历下区"},
        {"610113", "西安市雁塔区"}, {"320106", "南京市鼓楼区"}, {"430104", "长沙市岳麓区"}, {"530102", "昆明市五华区"}};
    private static final String[] BODIES = {"组织部", "人力资源和社会保障局", "财政局", "教育局", "发展和改革委员会",
        "卫生健康委员会", "自然资源局", "审计局", "统计局", "档案馆"};
    private static final String[] ETHNICITIES = {"汉族", "汉族", "汉族", "汉族", "蒙古族", "回族", "壮族", "满族", "苗族"};

    private final Random random;

    private Fixtures(long seed) {
        this.random = new Random(seed);
    }

    /**
     * @param seed the seed
     * @return a fixture source that yields the same data for the same seed
     */
    public static Fixtures seeded(long seed) {
        return new Fixtures(seed);
    }

    /** @return a Chinese personal name, surname first */
    public String name() {
        return pick(SURNAMES) + pick(GIVEN) + (random.nextInt(3) == 0 ? pick(GIVEN) : "");
    }

    /**
     * A valid citizen id for a birth date and gender, with a real region code.
     *
     * @param birthDate the birth date, 1900 or later
     * @param gender the gender the sequence digit encodes
     * @return the id
     */
    public CitizenId citizenId(LocalDate birthDate, Gender gender) {
        String region = pick(REGIONS)[0];
        int seq = random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
        String body = region + "%04d%02d%02d".formatted(birthDate.getYear(), birthDate.getMonthValue(),
                birthDate.getDayOfMonth()) + "%03d".formatted(seq);
        return new CitizenId(body + CitizenId.checkCharacter(body));
    }

    /**
     * A government organ's unified social credit code (registration 1 = 机构编制, category 1 = 机关).
     *
     * @return a valid code
     */
    public UnitCode unitCode() {
        StringBuilder b = new StringBuilder("11").append(pick(REGIONS)[0]);
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (int i = 0; i < 9; i++) {
            b.append(i < 8 ? (char) ('0' + random.nextInt(10)) : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return new UnitCode(b.toString() + UnitCode.checkCharacter(b));
    }

    /**
     * A county-level government unit with a valid code.
     *
     * @param parent the parent unit, or {@code null} at the root
     * @return the unit
     */
    public Unit unit(@Nullable UnitId parent) {
        String[] region = pick(REGIONS);
        return new Unit(UnitId.of("U" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36)),
                region[1] + pick(BODIES), unitCode(), parent);
    }

    /**
     * A cadre born between 1955 and 1995, who started work at 18-24 and, two times in three, joined the
     * party a few years later.
     *
     * @return the subject at version 0
     */
    public Subject subject() {
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        LocalDate birth = LocalDate.of(1955 + random.nextInt(41), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate work = birth.plusYears(18 + random.nextInt(7)).withMonth(7).withDayOfMonth(1);
        LocalDate party = random.nextInt(3) < 2 ? work.plusYears(1 + random.nextInt(6)).plusDays(random.nextInt(300)) : null;
        EducationLevel[] edu = {EducationLevel.JUNIOR_COLLEGE, EducationLevel.BACHELOR, EducationLevel.BACHELOR,
            EducationLevel.MASTER, EducationLevel.DOCTOR};
        return new Subject(SubjectId.of("S" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36)),
                citizenId(birth, gender), name(), gender, birth, pick(ETHNICITIES), work, party, pick(edu),
                pick(TitleLevel.values()), pick(PostLevel.values()), 0);
    }

    /**
     * A new, active dossier for a subject.
     *
     * @param subject the subject
     * @param custodian the unit holding it
     * @return the dossier at version 0
     */
    public Dossier dossier(Subject subject, Unit custodian) {
        return Dossier.open(DossierId.of("D" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36)),
                subject.id(), custodian.id());
    }

    /**
     * A received, not yet filed material with one scanned content file.
     *
     * @param dossier the dossier
     * @param category the category
     * @param title the catalogue title, e.g. {@code 干部履历表}
     * @param formed the formation date
     * @return the material at version 0
     */
    public Material material(Dossier dossier, MaterialCategory category, String title, LocalDate formed) {
        byte[] sm3 = new byte[32];
        byte[] sha = new byte[32];
        random.nextBytes(sm3);
        random.nextBytes(sha);
        ContentRef scan = new ContentRef(title + ".pdf", "application/pdf", 40_000 + random.nextInt(400_000),
                List.of(new Digest(DigestAlgorithm.SM3, HexFormat.of().formatHex(sm3)),
                        new Digest(DigestAlgorithm.SHA_256, HexFormat.of().formatHex(sha))));
        return new Material(MaterialId.of("M" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36)), dossier.id(),
                category, title, null, formed, pick(REGIONS)[1] + pick(BODIES), formed.plusDays(random.nextInt(20)),
                1 + random.nextInt(8), List.of(scan), MaterialStatus.RECEIVED, 0, 0);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
