package io.dangan.archive.cli;

import io.dangan.archive.crypto.Hasher;
import io.dangan.archive.model.DigestAlgorithm;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dangan digest [-a sm3|sha256] FILE...}: prints {@code <hex>  <file>} per file, as {@code sha256sum} does
 * (摘要计算). SM3 is the default; {@code -} reads standard input. A file that cannot be read is reported on standard
 * error, the others are still digested, and the exit status is 2.
 */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "计算文件摘要（默认 SM3），每行输出“<十六进制摘要>  <文件>”；“-”表示标准输入。")
final class DigestCommand implements Callable<Integer> {
    @Option(names = {"-a", "--algorithm"}, paramLabel = "ALG", defaultValue = "sm3",
            description = "sm3 (default) or sha256")
    String algorithm = "sm3";

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files to digest; - for standard input")
    List<String> files = List.of();

    @Spec
    CommandSpec spec;

    /** Where {@code -} reads from; standard input unless a test sets it. */
    InputStream stdin = System.in;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DigestAlgorithm alg = DigestAlgorithm.byName(algorithm);
        Hasher hasher = Hasher.of(alg);
        int status = Dangan.OK;
        for (String f : files) {
            try {
                String hex;
                if (f.equals("-")) {
                    hex = hasher.hash(stdin).digest(alg).hex();
                } else {
                    Path p = Path.of(f);
                    if (Files.isDirectory(p)) {
                        throw new IOException("is a directory");
                    }
                    try (InputStream in = Files.newInputStream(p)) {
                        hex = hasher.hash(in).digest(alg).hex();
                    }
                }
                out.println(hex + "  " + f);
            } catch (NoSuchFileException e) {
                hasher.reset();
                err.println("dangan digest: " + f + ": 文件不存在 (no such file)");
                status = Dangan.USAGE;
            } catch (IOException e) {
                hasher.reset();
                err.println("dangan digest: " + f + ": 无法读取 (" + e.getMessage() + ")");
                status = Dangan.USAGE;
            }
        }
        out.flush();
        err.flush();
        return status;
    }
}
