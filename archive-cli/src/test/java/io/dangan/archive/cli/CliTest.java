package io.dangan.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Dangan.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        assertThat(run("--help")).isEqualTo(Dangan.OK);
        assertThat(out.toString()).contains("Usage: dangan").contains("audit");
    }

    @Test
    void versionPrintsTheProgramName() {
        assertThat(run("--version")).isEqualTo(Dangan.OK);
        assertThat(out.toString()).startsWith("dangan ");
    }

    @Test
    void unknownOptionsAndMissingCommandsAreUsageErrors() {
        assertThat(run("--no-such-option")).isEqualTo(Dangan.USAGE);
        assertThat(err.toString()).contains("--no-such-option");
        assertThat(run()).isEqualTo(Dangan.USAGE);
        assertThat(run("audit")).isEqualTo(Dangan.USAGE);
    }
}
