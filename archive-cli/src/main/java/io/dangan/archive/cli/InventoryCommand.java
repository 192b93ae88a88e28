package io.dangan.archive.cli;

import io.dangan.archive.inventory.InventoryReport;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dangan inventory --simulate}: an inventory (盘点) of the demo store's dossiers against a simulated reader,
 * with planted misplaced, missing, unknown and on-loan items; prints the reconciliation. Exit status 1 when the
 * reconciliation has findings (always, with the planted ones), 0 when clean.
 */
@Command(name = "inventory", mixinStandardHelpOptions = true,
        description = "盘点：用模拟读写器对演示库进行盘点并打印核对结果（错架、缺失、未核验、多出）。")
final class InventoryCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--simulate", description = "使用模拟读写器（目前唯一的方式）")
    boolean simulate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!simulate) {
            throw new ParameterException(spec.commandLine(),
                    "only simulated inventories are available from the command line: add --simulate");
        }
        PrintWriter out = spec.commandLine().getOut();
        Clock clock = Clock.systemDefaultZone();
        try (Workspace ws = Workspace.open(data.dir, clock)) {
            List<DossierId> ids = ws.archive().store().<List<DossierId>>read(
                    s -> s.dossiers().streamAll().map(Dossier::id).sorted().toList());
            if (ids.isEmpty()) {
                new Demo(ws.archive(), new PrintWriter(new StringWriter())).run(1);
                ids = ws.archive().store().<List<DossierId>>read(
                        s -> s.dossiers().streamAll().map(Dossier::id).sorted().toList());
                out.println("数据目录中没有档案，已先建立演示档案。");
            }
            out.printf("盘点演示库（%d 份档案）— 模拟读写器，6 个天线位置%n", Math.min(30, ids.size()));
            InventoryReport report = new HardwareDemo(out, ws).inventory(ids);
            out.flush();
            return report.clean() ? Dangan.OK : Dangan.FINDINGS;
        }
    }
}
