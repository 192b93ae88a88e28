package io.dangan.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    private static String run(Path dir, StringWriter out) {
        StringWriter err = new StringWriter();
        int status = Dangan.run(new PrintWriter(out, true), new PrintWriter(err, true), "demo", "--data", dir.toString());
        assertThat(status).as("exit status; stderr: %s", err).isEqualTo(Dangan.OK);
        return out.toString();
    }

    @Test
    void demoStartsAFreshStoreThenReusesIt(@TempDir Path dir) {
        Path data = dir.resolve("dangan-data");

        String first = run(data, new StringWriter());
        assertThat(first).contains("新建").contains("5 份档案中 5 份与写入一致").contains("演示完成");
        assertThat(Files.exists(data.resolve("db/dangan.mv.db"))).isTrue();

        String second = run(data, new StringWriter());
        assertThat(second).contains("复用已有数据").contains("干部 10 名").contains("演示完成");
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void approvalsTagsAndAlertsPersistBetweenRuns(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("dangan-data");
        run(data, new StringWriter());
        String url = "jdbc:h2:file:" + data.resolve("db").resolve("dangan").toAbsolutePath();
        long approvals;
        long codes;
        long alerts;
        try (Connection c = DriverManager.getConnection(url)) {
            approvals = count(c, "SELECT COUNT(*) FROM dangan_approval");
            codes = count(c, "SELECT COUNT(*) FROM dangan_tag_binding");
            alerts = count(c, "SELECT COUNT(*) FROM dangan_env_alert");
            assertThat(approvals).as("one approval per dossier, and the two recusal cases").isEqualTo(5 + 2);
            assertThat(codes).as("a code per dossier and the one on loan").isEqualTo(5 + 1);
            assertThat(alerts).isPositive();
            assertThat(count(c, "SELECT COUNT(*) FROM dangan_env_alert_change WHERE change_kind = 'ACKNOWLEDGED'"
                    + " AND actor = '库管员'")).isEqualTo(1);
        }

        String second = run(data, new StringWriter());
        assertThat(second).contains("沿用此前发放的标签").contains("允许：持有效审批（PERMIT_APPROVAL）");
        try (Connection c = DriverManager.getConnection(url)) {
            assertThat(count(c, "SELECT COUNT(*) FROM dangan_approval")).isEqualTo(approvals + 5);
            assertThat(count(c, "SELECT COUNT(*) FROM dangan_tag_binding")).as("earlier codes kept, new dossiers tagged")
                    .isGreaterThan(codes);
            assertThat(count(c, "SELECT COUNT(DISTINCT serial) FROM dangan_tag_binding"))
                    .isEqualTo(count(c, "SELECT COUNT(*) FROM dangan_tag_binding"));
            assertThat(count(c, "SELECT COUNT(*) FROM dangan_env_alert")).isGreaterThan(alerts);
        }
    }
}
