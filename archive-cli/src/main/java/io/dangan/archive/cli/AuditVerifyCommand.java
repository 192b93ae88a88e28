package io.dangan.archive.cli;

import io.dangan.archive.audit.AuditIssue;
import io.dangan.archive.audit.AuditVerification;
import io.dangan.archive.audit.Checkpoint;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dangan audit verify}: verifies the whole audit log of the data folder (hash chain, sequence, signed
 * checkpoints, consistency between them) and prints the findings. Exit status 1 when anything was found.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "校验审计日志：哈希链、序号、签名检查点及其一致性；发现篡改时退出码 1。")
final class AuditVerifyCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--checkpoint", description = "sign a new checkpoint over the log before verifying")
    boolean checkpoint;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = Workspace.open(data.dir, Clock.systemDefaultZone())) {
            if (checkpoint && ws.auditLog().size() > 0) {
                Checkpoint c = ws.auditLog().checkpoint();
                out.printf("已签署检查点：%d 条记录，树根 %s…（%s，密钥 %s…）%n", c.treeSize(), c.rootHash().substring(0, 16),
                        c.signatureAlgorithm(), c.keyId().substring(0, Math.min(16, c.keyId().length())));
            }
            AuditVerification v = ws.auditLog().verify();
            out.printf("审计日志校验：记录 %d 条，检查点 %d 个。%n", v.records(), v.checkpoints());
            for (AuditIssue i : v.issues()) {
                out.printf("  [%s] 第 %d 条：%s%n", i.finding(), i.sequence(), i.detail());
            }
            out.println(v.intact() ? "校验通过：未发现删除、插入、乱序、篡改或伪造的检查点。" : "校验未通过：发现 " + v.issues().size() + " 处问题。");
            out.flush();
            return v.intact() ? Dangan.OK : Dangan.FINDINGS;
        }
    }
}
