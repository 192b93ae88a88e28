package io.dangan.archive.cli;

import io.dangan.archive.model.CitizenId;
import io.dangan.archive.model.EducationLevel;
import io.dangan.archive.model.Gender;
import io.dangan.archive.model.MaterialCategory;
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
import org.jspecify.annotations.Nullable;

/**
 * The demo's realistic data (演示数据): a county's organisation department with two bureaus, and five
 * cadres with the materials a dossier usually holds. Batch {@code n} yields distinct ids and citizen ids,
 * so the demo can run again on a reused store.
 */
final class DemoData {
    /** One material of a cadre: category, title, and years after work start when it was formed. */
    record MaterialSpec(MaterialCategory category, String title, String typeCode, int yearsAfterWork, int pages) {
    }

    /** A cadre of the demo. */
    record Cadre(Subject subject, UnitId custodian, List<MaterialSpec> materials) {
    }

    private static final String[][] PEOPLE = {
        // name, gender, birth, region, ethnicity, education, title, post, party
        {"张建华", "M", "1968-03-02", "150525", "蒙古族", "BACHELOR", "INTERMEDIATE", "DIVISION", "Y"},
        {"李秀英", "F", "1975-11-18", "330102", "汉族", "MASTER", "DEPUTY_SENIOR", "DEPUTY_DIVISION", "Y"},
        {"王志强", "M", "1982-07-09", "510104", "汉族", "BACHELOR", "JUNIOR", "SECTION", "Y"},
        {"陈海燕", "F", "1990-01-25", "440103", "汉族", "MASTER", "INTERMEDIATE", "DEPUTY_SECTION", "N"},
        {"欧阳文博", "M", "1986-05-30", "420102", "回族", "DOCTOR", "SENIOR", "DEPUTY_DIVISION", "Y"},
    };

    private DemoData() {
    }

    /** @return the organisation department and two bureaus, parent first */
    static List<Unit> units(int batch) {
        UnitId root = UnitId.of("demo" + batch + "-org");
        return List.of(
                new Unit(root, "中共奈曼旗委员会组织部", code("111505250000" + pad(batch, 4) + "1"), null),
                new Unit(UnitId.of("demo" + batch + "-hr"), "奈曼旗人力资源和社会保障局", code("111505250000" + pad(batch, 4) + "2"), root),
                new Unit(UnitId.of("demo" + batch + "-fin"), "奈曼旗财政局", code("111505250000" + pad(batch, 4) + "3"), root));
    }

    /** @return the five cadres of a batch with their materials */
    static List<Cadre> cadres(int batch, List<Unit> units) {
        List<Cadre> cadres = new ArrayList<>();
        for (int i = 0; i < PEOPLE.length; i++) {
            String[] p = PEOPLE[i];
            LocalDate birth = LocalDate.parse(p[2]);
            Gender gender = p[1].equals("M") ? Gender.MALE : Gender.FEMALE;
            String body = p[3] + p[2].replace("-", "") + pad((batch * 10 + i) % 500 * 2 + (gender == Gender.MALE ? 1 : 0), 3);
            CitizenId citizenId = new CitizenId(body + CitizenId.checkCharacter(body));
            LocalDate work = birth.plusYears(22).withMonth(7).withDayOfMonth(1);
            @Nullable LocalDate party = p[8].equals("Y") ? work.plusYears(2).withMonth(6).withDayOfMonth(28) : null;
            Subject subject = new Subject(SubjectId.of("demo" + batch + "-s" + (i + 1)), citizenId, p[0], gender, birth,
                    p[4], work, party, EducationLevel.valueOf(p[5]), TitleLevel.valueOf(p[6]), PostLevel.valueOf(p[7]), 0);
            cadres.add(new Cadre(subject, units.get(i % units.size()).id(), materials(party != null)));
        }
        return cadres;
    }

    private static List<MaterialSpec> materials(boolean partyMember) {
        List<MaterialSpec> m = new ArrayList<>(List.of(
                new MaterialSpec(MaterialCategory.ofClass(1), "干部履历表", "RESUME", 0, 4),
                new MaterialSpec(MaterialCategory.ofClass(2), "自传", "AUTOBIOGRAPHY", 0, 6),
                new MaterialSpec(MaterialCategory.ofClass(3), "年度考核登记表", "ANNUAL_APPRAISAL", 3, 2),
                new MaterialSpec(MaterialCategory.of("4-1"), "高等学校毕业生登记表", "EDUCATION_CERTIFICATE", 0, 4),
                new MaterialSpec(MaterialCategory.of("9-1"), "转正定级表", "REGULARISATION_GRADING", 1, 2),
                new MaterialSpec(MaterialCategory.of("9-2"), "干部任免审批表", "APPOINTMENT_APPROVAL", 8, 3)));
        if (partyMember) {
            m.add(new MaterialSpec(MaterialCategory.ofClass(6), "中国共产党入党志愿书", "PARTY_APPLICATION", 2, 8));
        }
        return m;
    }

    private static UnitCode code(String first17) {
        return new UnitCode(first17 + UnitCode.checkCharacter(first17));
    }

    private static String pad(int n, int width) {
        String s = Integer.toString(n);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }
}
