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
import java.util.HashMap;
import java.util.Map;
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
        assertThat(second).contains("已签发审批单 12 张").contains("应在位 10").doesNotContain("（错误）");
    }

    @Test
    void demoShowsAccessDecisionsAVerifiedLogTheInventoryAndAnEnvironmentAlert(@TempDir Path dir) {
        String out = run(dir.resolve("dangan-data"), new StringWriter());
        assertThat(out).doesNotContain("（错误）").doesNotContain("✗");

        // access: approvals issued with their window, a permitted view with its obligations, two refused views
        assertThat(out).containsPattern("已签发审批单 7 张（审批人 approver-sun，已记入审计日志），有效期 \\[\\S+Z, \\S+Z\\)")
                .contains("✓ reader-zhao 持审批单 A-demo1-d3 查阅 demo1-d3")
                .contains("允许：持有效审批（PERMIT_APPROVAL）；规则 baseline.use-approval；义务 AUDIT、WATERMARK(reader-zhao)、SUPERVISED(2)")
                .containsPattern("可见材料 [1-9][0-9]* 份")
                .contains("✓ 本人（张建华）查阅自己的档案（reader-zhang 持 A-self）：拒绝：不得查阅本人档案（RECUSAL_SELF）")
                .contains("✓ 李秀英的配偶查阅其档案（reader-wu 持 A-relative）：拒绝：不得查阅亲属档案（RECUSAL_RELATIVE）");
        // the audit log holds every decision and verifies against its signed checkpoint
        assertThat(out).containsPattern("审计日志：[0-9]+ 条记录（含上述每次判定），检查点 1 个（SM2 签名，树根 [0-9a-f]{16}…），校验通过 ✓");

        // inventory reconciliation with the planted misplaced, missing and extra items
        assertThat(out).contains("盘点范围 room-1").contains("应在位 5，在位 2，错架 2，缺失 1，未核验 0，多出 2")
                .contains("错架：档案 demo1-d2 应在 room-1/cab-1/shelf-2，实在 room-1/cab-2/shelf-1")
                .contains("缺失：档案 demo1-d3 应在 room-1/cab-2/shelf-1")
                .contains("多出：档案 DEMO-LENT 出现在 room-1/cab-1/shelf-1（借出或转递中的档案却在库）")
                .contains("多出：标签 E2801160200000000000ABCD 出现在 room-1/cab-2/shelf-1（未登记标签）");

        // the humidity excursion raises an alert, is acknowledged and clears
        assertThat(out).contains("温湿度超限演示（一号库房，纸质档案标准 45-60%RH）")
                .containsPattern("ENV-000001 \\[超限/ALERT/RAISED\\] 相对湿度 61.5%RH，标准 45.0-60.0%RH")
                .contains("告警 ENV-000001 已由库管员确认")
                .containsPattern("ENV-000001 \\[超限/CRITICAL/ACKNOWLEDGED\\] 相对湿度 71.5%RH")
                .containsPattern("ENV-000001 \\[超限/[A-Z]+/CLEARED\\]");
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

    @Test
    void theHardwareStepsUseTheArchivesServicesSoTheirEventsReachTheAuditLog(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("dangan-data");
        String out = run(data, new StringWriter());
        assertThat(out).contains("非法带出告警").contains("告警补充关联门禁事件：door-exit-1 DoorForced")
                .contains("借出或转递中的档案却在库");
        Map<String, Integer> types = new HashMap<>();
        Map<String, String> gateDossier = new HashMap<>();
        String url = "jdbc:h2:file:" + data.resolve("db").resolve("dangan").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT event_type, dossier_id FROM dangan_audit_event")) {
            while (rs.next()) {
                types.merge(rs.getString(1), 1, Integer::sum);
                if (rs.getString(1).startsWith("gate.")) {
                    gateDossier.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        assertThat(types).containsKeys("tag.issued", "inventory.completed", "environment.alert.raised",
                "environment.alert.cleared", "gate.unauthorised_removal", "gate.door_correlated");
        assertThat(types.get("gate.unauthorised_removal")).isEqualTo(1);
        assertThat(gateDossier.get("gate.unauthorised_removal")).isNotBlank()
                .isEqualTo(gateDossier.get("gate.door_correlated"));
        assertThat(run(data, new StringWriter())).contains("演示完成"); // and again on the same folder
    }
}
