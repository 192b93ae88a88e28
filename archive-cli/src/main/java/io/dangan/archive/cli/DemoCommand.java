package io.dangan.archive.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dangan demo}: creates realistic dossiers in the data folder, reads them back and prints a
 * summary. Runs again on a reused folder by adding another batch.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "演示：在数据目录中建立示例档案、读回并打印摘要。")
final class DemoCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = Workspace.open(data.dir, Clock.systemDefaultZone())) {
            long existing = ws.archive().store().<Long>read(s -> s.subjects().count());
            int batch = (int) (existing / 5) + 1;
            out.printf("Dangan 演示 — 数据目录 %s（%s）%n", ws.dir(),
                    ws.fresh() ? "新建" : "复用已有数据，已有干部 " + existing + " 名，本次追加第 " + batch + " 批");
            Demo.Result result = new Demo(ws.archive(), out).run(batch);
            boolean sealed = new DemoSealStep(ws.archive(), ws.dir().resolve("content"), out).run(result.dossiers());
            new FilingDemo(ws.archive()).report(result.dossiers().get(0).dossier().id(), java.time.LocalDate.now(ws.archive().clock()), out);
            boolean accessOk = new AccessDemoSteps(ws, out, Clock.systemDefaultZone()).run();
            long subjects = ws.archive().store().<Long>read(s -> s.subjects().count());
            long materials = ws.archive().store().<Long>read(s -> s.materials().count());
            out.printf("%n库内合计：干部 %d 名，档案 %d 份，材料 %d 份。%n", subjects,
                    ws.archive().store().<Long>read(s -> s.dossiers().count()), materials);
            out.printf("%n盘点（模拟读写器，含预置的错架、缺失、多出）：%n");
            HardwareDemo hardware = new HardwareDemo(out, ws);
            java.util.List<io.dangan.archive.model.DossierId> ids = ws.archive().store().read(
                    s -> s.dossiers().streamAll().map(io.dangan.archive.model.Dossier::id).sorted().toList());
            hardware.inventory(ids);
            out.printf("%n温湿度超限演示（一号库房，纸质档案标准 45-60%%RH）：%n");
            hardware.environmentExcursion();
            out.printf("%n出口门禁演示（未办借阅的档案经过%s，随后门被强行打开）：%n", Workspace.EXIT_GATE);
            hardware.gatePassage(ids.get(0));
            boolean ok = result.allReadBack() && sealed && accessOk;
            out.println(ok ? "演示完成。" : "演示发现问题，见上。");
            out.flush();
            return ok ? Dangan.OK : Dangan.FINDINGS;
        }
    }
}
