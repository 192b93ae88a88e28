package io.dangan.archive.cli;

import io.dangan.archive.seal.Finding;
import io.dangan.archive.seal.VerificationReport;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dangan seal verify [--data DIR]}: verifies every sealed dossier of the data folder (signatures, timestamps,
 * Merkle roots and consistency proofs, materials against their leaves, content files against their digests,
 * numbering) with a progress bar on standard error. Exit status 0 when everything verifies, 1 with the findings
 * listed when anything fails.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "校验数据目录中全部已封印档案（签名、时间戳、默克尔根、一致性证明、材料元数据、电子文件摘要、编号），"
                + "发现问题时列出并以状态 1 退出。")
final class SealVerifyCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Workspace ws = Workspace.open(data.dir, Clock.systemDefaultZone())) {
            ProgressBar bar = new ProgressBar(err, "校验封印");
            VerificationReport report = ws.archive().seals().verifyAll(bar::update);
            bar.finish();
            if (report.dossiers() == 0) {
                out.println("数据目录 " + ws.dir() + " 中没有已封印的档案。");
                out.flush();
                return Dangan.OK;
            }
            out.println(report.summary());
            if (report.passed()) {
                out.flush();
                return Dangan.OK;
            }
            for (Finding f : report.findings()) {
                out.printf("  %s [%s·%s] %s %s: %s%n", f.code(), f.item().property().label(), f.code().label(),
                        f.dossier() == null ? "-" : f.dossier().value(), f.location(), f.message());
            }
            out.flush();
            return Dangan.FINDINGS;
        }
    }
}
