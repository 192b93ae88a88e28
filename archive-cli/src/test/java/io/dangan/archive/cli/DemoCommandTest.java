package io.dangan.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
