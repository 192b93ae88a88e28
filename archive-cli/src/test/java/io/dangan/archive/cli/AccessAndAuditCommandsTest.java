package io.dangan.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
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
        Run expired = run("access", "check", "--data", dir.toString(), "--principal", "reader-zhao", "--action", "view",
                "--dossier", "demo1-d3", "--approval", "A-demo1-d2", "--purpose", "appointment");
        assertThat(expired.out()).contains("APPROVAL_OTHER_DOSSIER");
        Run unknown = run("access", "check", "--data", dir.toString(), "--principal", "reader-zhao", "--action", "photograph",
                "--dossier", "demo1-d3");
        assertThat(unknown.status()).isEqualTo(Dangan.USAGE);
        assertThat(unknown.err()).contains("ACCESS_UNKNOWN_ACTION");
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
