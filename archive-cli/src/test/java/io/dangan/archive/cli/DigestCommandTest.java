package io.dangan.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Dangan.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void printsTheSm3OfEachFileLikeSha256sum(@TempDir Path dir) throws Exception {
        Path abc = Files.writeString(dir.resolve("abc.txt"), "abc");
        Path empty = Files.write(dir.resolve("empty"), new byte[0]);

        assertThat(run("digest", abc.toString(), empty.toString())).isEqualTo(Dangan.OK);

        // GB/T 32905-2016 example 1 and the SM3 of the empty message
        assertThat(out.toString()).isEqualTo(
                "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0  " + abc + "\n"
                + "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b  " + empty + "\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void sha256IsSelectable(@TempDir Path dir) throws Exception {
        Path abc = Files.writeString(dir.resolve("abc.txt"), "abc");
        assertThat(run("digest", "-a", "sha256", abc.toString())).isEqualTo(Dangan.OK);
        assertThat(out.toString()).isEqualTo(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  " + abc + "\n");
    }

    @Test
    void aDashReadsStandardInput() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)));
            assertThat(run("digest", "-")).isEqualTo(Dangan.OK);
        } finally {
            System.setIn(saved);
        }
        assertThat(out.toString()).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0  -\n");
    }

    @Test
    void aMissingFileIsReportedOnStandardErrorWithStatusTwoAndTheOthersStillDigested(@TempDir Path dir)
            throws Exception {
        Path abc = Files.writeString(dir.resolve("abc.txt"), "abc");
        Path missing = dir.resolve("missing.pdf");

        assertThat(run("digest", missing.toString(), abc.toString())).isEqualTo(Dangan.USAGE);

        assertThat(err.toString()).contains(missing.toString()).contains("文件不存在");
        assertThat(out.toString()).isEqualTo(
                "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0  " + abc + "\n");
    }

    @Test
    void aDirectoryOrAnUnknownAlgorithmIsAUsageError(@TempDir Path dir) {
        assertThat(run("digest", dir.toString())).isEqualTo(Dangan.USAGE);
        assertThat(run("digest", "-a", "md5", dir.toString())).isEqualTo(Dangan.USAGE);
        assertThat(err.toString()).contains("md5");
        assertThat(run("digest")).isEqualTo(Dangan.USAGE);
    }
}
