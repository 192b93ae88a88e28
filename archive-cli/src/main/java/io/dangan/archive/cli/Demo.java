package io.dangan.archive.cli;

import io.dangan.archive.ConflictException;
import io.dangan.archive.core.Archive;
import io.dangan.archive.dossier.DossierView;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.Unit;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's steps over a wired archive (演示流程): register units and cadres, open their dossiers,
 * record their materials, read everything back and print a summary an archivist can read.
 */
final class Demo {
    private final Archive archive;
    private final PrintWriter out;
    private final FilingDemo filing;

    Demo(Archive archive, PrintWriter out) {
        this.archive = archive;
        this.out = out;
        this.filing = new FilingDemo(archive);
    }

    /** The dossiers the run created, for later steps. */
    record Result(List<DossierView> dossiers, boolean allReadBack) {
    }

    Result run(int batch) {
        List<Unit> units = DemoData.units(batch);
        units.forEach(u -> archive.dossiers().registerUnit(u));
        out.printf("已登记单位 %d 个：%s%n", units.size(), String.join("、", units.stream().map(Unit::name).toList()));

        List<DossierView> written = new ArrayList<>();
        int n = 0;
        for (DemoData.Cadre cadre : DemoData.cadres(batch, units)) {
            Subject subject = archive.dossiers().registerSubject(cadre.subject());
            Dossier dossier = archive.dossiers().openDossier(DossierId.of(subject.id().value().replace("-s", "-d")),
                    subject.id(), cadre.custodian());
            List<Material> materials = new ArrayList<>();
            int m = 0;
            for (DemoData.MaterialSpec spec : cadre.materials()) {
                LocalDate formed = subject.workStartDate() == null ? subject.birthDate().plusYears(20)
                        : subject.workStartDate().plusYears(spec.yearsAfterWork()).plusDays(10L * n);
                if (spec.typeCode().equals("PARTY_APPLICATION") && subject.partyJoinDate() != null) {
                    formed = subject.partyJoinDate().minusMonths(3);
                }
                materials.add(filing.file(subject, dossier.id(), MaterialId.of(dossier.id().value() + "-m" + (++m)),
                        spec.category(), spec.title(), spec.typeCode(), formed, unitName(units, cadre), spec.pages()));
            }
            written.add(new DossierView(dossier, subject, materials));
            n++;
        }

        int same = 0;
        out.println();
        out.println("档案一览（读回）：");
        for (DossierView w : written) {
            DossierView r = archive.dossiers().view(w.dossier().id()).orElseThrow();
            boolean equal = r.subject().equals(w.subject()) && r.dossier().equals(w.dossier())
                    && r.materials().size() == w.materials().size() && r.materials().containsAll(w.materials());
            same += equal ? 1 : 0;
            Subject s = r.subject();
            out.printf("  %-12s %s %s %s 生 %s %s %s 材料 %2d 份 %3d 页 %s%n", r.dossier().id(), s.name(),
                    s.gender().label(), s.citizenId().masked(), s.birthDate(), s.partyMember() ? "中共党员" : "群众",
                    s.postLevel().label(), r.materials().size(), r.pages(), equal ? "✓" : "✗ 与写入不一致");
        }
        out.printf("读回校验：%d 份档案中 %d 份与写入一致%n", written.size(), same);
        boolean allEqual = same == written.size();
        try {
            archive.dossiers().registerSubject(written.get(0).subject());
            out.println("重复身份证号未被拒绝（错误）");
            allEqual = false;
        } catch (ConflictException expected) {
            out.println("重复登记同一身份证号被拒绝：" + expected.code());
        }
        return new Result(written, allEqual);
    }

    private static String unitName(List<Unit> units, DemoData.Cadre cadre) {
        return units.stream().filter(u -> u.id().equals(cadre.custodian())).findFirst().orElseThrow().name();
    }
}
