package io.dangan.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryCommandTest {
    @TempDir
    Path dir;

    @Test
    void simulatedInventoryReportsThePlantedFindings() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Dangan.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "inventory", "--simulate", "--data", dir.resolve("data").toString());
        assertThat(status).as(err.toString()).isEqualTo(Dangan.FINDINGS);
        assertThat(out.toString()).contains("错架").contains("缺失").contains("多出")
                .contains("借出或转递中的档案却在库").contains("未登记标签").contains("urn:epc:id:gdti:6901234.00001.");
    }

    @Test
    void withoutSimulateItIsAUsageError() {
        StringWriter err = new StringWriter();
        int status = Dangan.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "inventory", "--data", dir.resolve("data").toString());
        assertThat(status).isEqualTo(Dangan.USAGE);
        assertThat(err.toString()).contains("--simulate");
    }
}
