package io.dangan.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessAndAuditCommandsTest {
    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Dangan.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void theDemoShowsAPermittedViewAndScanReadRecusalsAndAVerifiedLog(@TempDir Path dir) {
        Run demo = run("demo", "--data", dir.toString());
        assertThat(demo.status()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("允许：持有效审批（PERMIT_APPROVAL）").contains("WATERMARK(reader-zhao)")
                .contains("SUPERVISED(2)").contains("拒绝：不得查阅本人档案（RECUSAL_SELF）")
                .contains("拒绝：不得查阅亲属档案（RECUSAL_RELATIVE）").contains("校验通过 ✓");
        assertThat(demo.out()).containsPattern("✓ reader-zhao 读取《.+》电子文件 .+流式读取 [0-9,]+ 字节")
                .containsPattern("✓ 本人读取自己档案《.+》的电子文件：未打开任何内容；拒绝：不得查阅本人档案（RECUSAL_SELF）")
                .doesNotContain("（错误）");
    }

    @Test
    void accessCheckPrintsTheDecisionAndExitsByIt(@TempDir Path dir) {
        assertThat(run("demo", "--data", dir.toString()).status()).isZero();
        Run permit = run("access", "check", "--data", dir.toString(), "--principal", "reader-zhao", "--action", "view",
                "--dossier", "demo1-d3", "--approval", "A-demo1-d3", "--purpose", "appointment");
        assertThat(permit.status()).as(permit.err()).isZero();
        assertThat(permit.out()).contains("允许").contains("AUDIT");
        Run relative = run("access", "check", "--data", dir.toString(), "--principal", "reader-wu", "--action", "view",
                "--dossier", "demo1-d2", "--approval", "A-relative", "--purpose", "appointment");
        assertThat(relative.status()).isEqualTo(Dangan.FINDINGS);
        assertThat(relative.out()).contains("RECUSAL_RELATIVE");
        Run otherDossier = run("access", "check", "--data", dir.toString(), "--principal", "reader-zhao", "--action",
                "view", "--dossier", "demo1-d3", "--approval", "A-demo1-d2", "--purpose", "appointment");
        assertThat(otherDossier.status()).isEqualTo(Dangan.FINDINGS);
        assertThat(otherDossier.out()).contains("拒绝：审批单不是为此档案开具（APPROVAL_OTHER_DOSSIER）");
        Run unknown = run("access", "check", "--data", dir.toString(), "--principal", "reader-zhao", "--action", "photograph",
                "--dossier", "demo1-d3");
        assertThat(unknown.status()).isEqualTo(Dangan.USAGE);
        assertThat(unknown.err()).contains("ACCESS_UNKNOWN_ACTION");
    }

    /** The window the demo printed for the approvals it issued: [valid from, valid to). */
    private static Instant[] issuedWindow(String demoOut) {
        Matcher m = Pattern.compile("有效期 \\[(\\S+), (\\S+)\\)：含起始时刻，不含截止时刻").matcher(demoOut);
        assertThat(m.find()).as(demoOut).isTrue();
        return new Instant[] {Instant.parse(m.group(1)), Instant.parse(m.group(2))};
    }

    private static Run checkAt(Path dir, Instant at) {
        return run("access", "check", "--data", dir.toString(), "--principal", "reader-zhao", "--action", "view",
                "--dossier", "demo1-d3", "--approval", "A-demo1-d3", "--purpose", "appointment", "--at", at.toString());
    }

    @Test
    void anApprovalIsLiveFromItsValidFromInclusiveToItsValidToExclusive(@TempDir Path dir) {
        Run demo = run("demo", "--data", dir.toString());
        assertThat(demo.status()).as(demo.err()).isZero();
        Instant[] window = issuedWindow(demo.out());
        assertThat(Duration.between(window[0], window[1])).isEqualTo(Duration.ofDays(7));

        Run early = checkAt(dir, window[0].minusNanos(1));
        assertThat(early.status()).isEqualTo(Dangan.FINDINGS);
        assertThat(early.out()).contains("拒绝：审批尚未生效（APPROVAL_NOT_YET_VALID）").doesNotContain("APPROVAL_EXPIRED");
        Run first = checkAt(dir, window[0]);
        assertThat(first.status()).as(first.out()).isZero();
        assertThat(first.out()).contains("允许：持有效审批（PERMIT_APPROVAL）");
        Run last = checkAt(dir, window[1].minusNanos(1));
        assertThat(last.status()).as(last.out()).isZero();
        Run end = checkAt(dir, window[1]);
        assertThat(end.status()).isEqualTo(Dangan.FINDINGS);
        assertThat(end.out()).contains("拒绝：审批已过期（APPROVAL_EXPIRED）").doesNotContain("APPROVAL_NOT_YET_VALID");
        Run offset = run("access", "check", "--data", dir.toString(), "--principal", "reader-zhao", "--action", "view",
                "--dossier", "demo1-d3", "--approval", "A-demo1-d3", "--purpose", "appointment", "--at",
                window[1].atOffset(ZoneOffset.ofHours(8)).toString());
        assertThat(offset.out()).contains("APPROVAL_EXPIRED");
    }

    @Test
    void aMalformedAtIsAUsageErrorNamingTheOption(@TempDir Path dir) {
        assertThat(run("demo", "--data", dir.toString()).status()).isZero();
        long records = auditRecords(dir);
        Run bad = run("access", "check", "--data", dir.toString(), "--principal", "reader-zhao", "--action", "view",
                "--dossier", "demo1-d3", "--approval", "A-demo1-d3", "--purpose", "appointment", "--at", "2026-13-01");
        assertThat(bad.status()).isEqualTo(Dangan.USAGE);
        assertThat(bad.err()).contains("--at").contains("'2026-13-01' is not an ISO-8601 instant")
                .doesNotContain("DateTimeParseException");
        assertThat(bad.out()).isEmpty();
        assertThat(auditRecords(dir)).as("nothing decided, nothing audited").isEqualTo(records);
    }

    private static long auditRecords(Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("db").resolve("dangan").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM dangan_audit_event")) {
            assertThat(rs.next()).isTrue();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void auditVerifyNamesATamperedRecordAndExitsWithOne(@TempDir Path dir) throws Exception {
        assertThat(run("demo", "--data", dir.toString()).status()).isZero();
        Run clean = run("audit", "verify", "--data", dir.toString());
        assertThat(clean.status()).as(clean.err()).isZero();
        assertThat(clean.out()).contains("校验通过");
        String url = "jdbc:h2:file:" + dir.resolve("db").resolve("dangan").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("UPDATE dangan_audit_event SET actor = 'intruder' WHERE sequence_no = 3");
            st.execute("DELETE FROM dangan_audit_event WHERE sequence_no = 7");
        }
        Run tampered = run("audit", "verify", "--data", dir.toString());
        assertThat(tampered.status()).isEqualTo(Dangan.FINDINGS);
        assertThat(tampered.out()).contains("[EVENT_ALTERED] 第 3 条").contains("[EVENT_DELETED] 第 7 条")
                .contains("CHECKPOINT_MISMATCH").contains("校验未通过");
    }
}
