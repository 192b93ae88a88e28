package io.dangan.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo files through the review workflow; {@code audit completeness} and {@code audit special} read the result. */
class FilingCommandsTest {
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Dangan.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void theDemoFilesThroughReviewAndPrintsACompletenessReportAndADeterminationForm(@TempDir Path dir) {
        String data = dir.resolve("d").toString();
        Run demo = run("demo", "--data", data);
        assertThat(demo.status()).as(demo.err()).isEqualTo(Dangan.OK);
        assertThat(demo.out()).contains("档案材料齐全性审核报告", "缺少应归档材料", "专业技术职务任职资格评审表",
                "专项审核认定表", "其他材料与认定依据不一致", "演示完成");

        Run all = run("audit", "completeness", "--data", data, "--as-of", "2026-01-01");
        assertThat(all.status()).as(all.err()).isEqualTo(Dangan.FINDINGS);
        assertThat(all.out()).contains("全库档案材料齐全性审核汇总", "档案 5 卷");

        Run one = run("audit", "completeness", "--data", data, "--dossier", "demo1-d1", "--json");
        assertThat(one.status()).isEqualTo(Dangan.FINDINGS);
        assertThat(one.out()).contains("\"kind\": \"completeness-report\"", "\"code\": \"MISSING_REQUIRED\"");

        Run special = run("audit", "special", "--data", data, "--dossier", "demo1-d1");
        assertThat(special.status()).isEqualTo(Dangan.FINDINGS);
        assertThat(special.out()).contains("认定表", "参加工作时间", "转正定级表");

        Run specialAll = run("audit", "special", "--data", data, "--json");
        assertThat(specialAll.out()).contains("\"kind\": \"determination-form\"");
    }

    @Test
    void anUnknownDossierIsAUsageError(@TempDir Path dir) {
        Run r = run("audit", "special", "--data", dir.toString(), "--dossier", "nope");
        assertThat(r.status()).isEqualTo(Dangan.USAGE);
        assertThat(r.err()).contains("NOT_FOUND", "nope");
    }
}
