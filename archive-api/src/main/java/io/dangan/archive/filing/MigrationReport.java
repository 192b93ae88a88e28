package io.dangan.archive.filing;

import io.dangan.archive.model.DossierId;
import java.util.List;
import java.util.Objects;

/**
 * A migration report (分类迁移报告): how a dossier filed under an old standard maps to a newer one. It proposes,
 * it never re-files: materials whose new code is ambiguous or unmapped are listed for a person to decide.
 *
 * @param dossier the dossier
 * @param from the old standard's id
 * @param to the new standard's id
 * @param lines one line per material, in the old catalogue order
 */
public record MigrationReport(DossierId dossier, String from, String to, List<MigrationLine> lines) {
    public MigrationReport {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        lines = List.copyOf(lines);
    }

    /** @return the lines a person must decide (ambiguous or unmapped) */
    public List<MigrationLine> needingDecision() {
        return lines.stream().filter(l -> l.outcome().needsDecision()).toList();
    }

    /** @return a plain-text rendering in Chinese for the archivist */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append("分类迁移报告  档案 ").append(dossier).append("  ").append(from).append(" → ").append(to).append('\n');
        for (MigrationLine l : lines) {
            b.append("  ").append(l.from()).append(" → ");
            b.append(l.to() == null ? "？" : l.to().code());
            b.append("  ").append(l.outcome().label()).append("  ").append(l.title());
            if (!l.candidates().isEmpty()) {
                b.append("  候选：").append(l.candidates());
            }
            if (!l.note().isEmpty()) {
                b.append("  （").append(l.note()).append('）');
            }
            b.append('\n');
        }
        b.append("共 ").append(lines.size()).append(" 份，需人工确定 ").append(needingDecision().size()).append(" 份\n");
        return b.toString();
    }
}
