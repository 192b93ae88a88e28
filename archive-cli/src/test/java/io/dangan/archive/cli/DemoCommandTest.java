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
