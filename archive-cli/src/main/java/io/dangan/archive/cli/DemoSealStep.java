package io.dangan.archive.cli;

import io.dangan.archive.core.Archive;
import io.dangan.archive.dossier.DossierView;
import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.seal.Finding;
import io.dangan.archive.seal.FindingCode;
import io.dangan.archive.seal.Seal;
import io.dangan.archive.seal.VerificationReport;
import io.dangan.archive.store.ContentEntry;
import io.dangan.archive.store.ContentStore;
import io.dangan.archive.store.StoredContent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The demo's sealing step (演示：归档封印与篡改检测): scans each new material into the content store (a material
 * not yet filed by the filing workflow is filed here in catalogue order), seals every new dossier (SM2 signature, SM3 Merkle root, local RFC 3161 timestamp),
 * verifies them, then flips one byte of one stored scan, shows the verification naming it, and puts the byte back.
 */
final class DemoSealStep {
    private final Archive archive;
    private final Path contentRoot;
    private final PrintWriter out;

    DemoSealStep(Archive archive, Path contentRoot, PrintWriter out) {
        this.archive = archive;
        this.contentRoot = contentRoot;
        this.out = out;
    }

    /**
     * Runs the step over the dossiers the demo just created.
     *
     * @param dossiers the new dossiers
     * @return whether every dossier verified and the planted tampering was caught
     */
    boolean run(List<DossierView> dossiers) {
        ContentStore content = archive.contentStore().orElseThrow(
                () -> new IllegalStateException("the demo needs an archive with a content store"));
        out.println();
        out.println("归档与封印：");
        List<Material> scanned = new ArrayList<>();
        for (DossierView view : dossiers) {
            Map<MaterialCategory, Integer> next = new HashMap<>();
            List<Material> current = archive.store().read(s -> s.materials().findByDossier(view.dossier().id()));
            for (Material m : current) {
                StoredContent c = content.put(new ByteArrayInputStream(scan(view, m)));
                ContentRef ref = c.toRef(m.title() + ".pdf", "application/pdf");
                Material scannedCopy = new Material(m.id(), m.dossier(), m.category(), m.title(), m.typeCode(),
                        m.formedDate(), m.sourceUnit(), m.receivedDate(), m.pages(), List.of(ref), m.status(),
                        m.sequence(), m.version());
                // materials the filing workflow already filed keep their catalogue place; others are filed in order
                Material filed = m.status() == MaterialStatus.FILED ? scannedCopy
                        : scannedCopy.filedAt(m.category(), next.merge(m.category(), 1, Integer::sum));
                scanned.add(archive.store().write(s -> s.materials().update(filed)));
            }
            Seal seal = archive.seals().seal(view.dossier().id());
            out.printf("  %-12s 已封印 v%d：材料 %d 份，根 %s…，SM2 签名 %d 字节，时间戳 %s%n", view.dossier().id(),
                    seal.statement().version(), seal.statement().treeSize(), seal.statement().root().hex().substring(0, 16),
                    seal.signature().length(), seal.timestampToken() == null ? "无" : "已加盖");
        }
        boolean clean = true;
        for (DossierView view : dossiers) {
            VerificationReport r = archive.seals().verify(view.dossier().id());
            clean &= r.passed();
        }
        out.printf("封印校验：%d 份档案%s%n", dossiers.size(), clean ? "全部通过" : "存在问题");
        if (scanned.isEmpty()) {
            return clean;
        }

        Material victim = scanned.get(scanned.size() / 2);
        Digest address = victim.contents().get(0).digest(content.addressAlgorithm()).orElseThrow();
        Path file = fileOf(content, address);
        out.printf("%n篡改演示：改动材料“%s”（%s）扫描件中的 1 个字节……%n", victim.title(), victim.id());
        flipByte(file);
        VerificationReport r;
        try {
            r = archive.seals().verify(victim.dossier());
        } finally {
            flipByte(file);
        }
        for (Finding f : r.findings()) {
            out.printf("  发现：%s（%s·%s）%s%n", f.code(), f.item().property().label(), f.code().label(), f.location());
        }
        boolean caught = r.has(FindingCode.CONTENT_DIGEST_MISMATCH);
        out.println(caught ? "篡改已被发现；已恢复原文件。" : "篡改未被发现（错误）");
        return clean && caught;
    }

    /** A stand-in scan: deterministic bytes naming the dossier and material, a few kilobytes per page. */
    private static byte[] scan(DossierView view, Material m) {
        String page = "%%PDF-1.7 扫描件 %s %s %s 第%d页%n".formatted(view.dossier().id(), m.id(), m.title(), m.pages());
        return ("%PDF-1.7\n" + page.repeat(40 * m.pages())).getBytes(StandardCharsets.UTF_8);
    }

    private Path fileOf(ContentStore content, Digest address) {
        try (Stream<ContentEntry> entries = content.entries()) {
            ContentEntry e = entries.filter(x -> address.equals(x.address())).findFirst().orElseThrow();
            return contentRoot.resolve(e.name());
        }
    }

    private static void flipByte(Path file) {
        try {
            byte[] b = Files.readAllBytes(file);
            b[b.length / 2] ^= 0x01;
            boolean readOnly = !Files.isWritable(file);
            file.toFile().setWritable(true);
            Files.write(file, b);
            if (readOnly) {
                file.toFile().setWritable(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot change " + file, e);
        }
    }
}
