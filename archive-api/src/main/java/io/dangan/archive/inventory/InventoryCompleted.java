package io.dangan.archive.inventory;

import io.dangan.archive.audit.DomainEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An inventory was reconciled (盘点完成); type {@code inventory.completed}.
 *
 * @param occurredAt when
 * @param actor who ran it
 * @param report its report
 */
public record InventoryCompleted(Instant occurredAt, String actor, InventoryReport report) implements DomainEvent {
    public InventoryCompleted {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(report, "report");
    }

    @Override
    public String type() {
        return "inventory.completed";
    }

    @Override
    public String subjectRef() {
        return report.scope().prefix();
    }

    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> m = new TreeMap<>();
        m.put("expected", Integer.toString(report.expected()));
        m.put("found", Integer.toString(report.found()));
        m.put("misplaced", Integer.toString(report.misplaced()));
        m.put("missing", Integer.toString(report.missing()));
        m.put("notVerified", Integer.toString(report.notVerified()));
        m.put("unexpected", Integer.toString(report.unexpected()));
        m.put("uncovered", String.join(",", report.uncovered()));
        m.put("windowEnd", report.windowEnd().toString());
        m.put("windowStart", report.windowStart().toString());
        return m;
    }
}
