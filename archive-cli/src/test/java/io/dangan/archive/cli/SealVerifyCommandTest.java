package io.dangan.archive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealVerifyCommandTest {
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Dangan.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void anEmptyFolderHasNothingToVerify(@TempDir Path dir) {
        assertThat(run("seal", "verify", "--data", dir.toString())).isEqualTo(Dangan.OK);
        assertThat(out.toString()).contains("没有已封印的档案");
    }

    @Test
    void theDemoSealsItsDossiersCatchesATamperingAndVerifyFindsAChangedFile(@TempDir Path dir) throws Exception {
        assertThat(run("demo", "--data", dir.toString())).isEqualTo(Dangan.OK);
        assertThat(out.toString()).contains("已封印 v1").contains("封印校验：5 份档案全部通过")
                .contains("CONTENT_DIGEST_MISMATCH").contains("篡改已被发现");

        assertThat(run("seal", "verify", "--data", dir.toString())).isEqualTo(Dangan.OK);
        assertThat(out.toString()).contains("检测档案 5 份").contains("检测通过");
        assertThat(err.toString()).contains("5/5 (100%)");

        Path scan;
        try (Stream<Path> files = Files.walk(dir.resolve("content").resolve("objects"))) {
            scan = files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
        }
        byte[] b = Files.readAllBytes(scan);
        b[10] ^= 0x40;
        scan.toFile().setWritable(true);
        Files.write(scan, b);

        assertThat(run("seal", "verify", "--data", dir.toString())).isEqualTo(Dangan.FINDINGS);
        assertThat(out.toString()).contains("发现问题 1 项").contains("CONTENT_DIGEST_MISMATCH")
                .contains("电子文件摘要不符");
    }
}
