package io.dangan.archive.core.internal.audit;

import io.dangan.archive.audit.AuditFinding;
import io.dangan.archive.audit.AuditIssue;
import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.model.DigestAlgorithm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds and names tampering in a sequence of audit records (审计链校验), read in storage order:
 * <ul>
 *   <li>a record whose content no longer matches its hash is <b>altered</b>; so is one whose hash was
 *       rewritten (its successor no longer links to it and nothing is missing);</li>
 *   <li>a gap in the sequence, or a link to a record that is nowhere, is a <b>deletion</b> (also when later
 *       records were renumbered down: their content then hashes with sequence + 1);</li>
 *   <li>a record nobody links to while its successor links past it is an <b>insertion</b> (later records
 *       renumbered up hash with sequence - 1), and a repeated sequence too;</li>
 *   <li>a record linking to one stored after it, or skipped by a link while still linked to elsewhere, is
 *       <b>reordered</b>.</li>
 * </ul>
 */
final class AuditVerifier {
    private AuditVerifier() {
    }

    static List<AuditIssue> records(DigestAlgorithm algorithm, List<AuditRecord> recs) {
        Map<Long, AuditIssue> found = new LinkedHashMap<>();
        Map<String, Integer> byHash = new HashMap<>();
        Set<String> referenced = new HashSet<>();
        for (int i = 0; i < recs.size(); i++) {
            byHash.putIfAbsent(recs.get(i).hash(), i);
            referenced.add(recs.get(i).previousHash());
        }
        long expected = 1;
        long expectedStored = 1;
        for (int i = 0; i < recs.size(); i++) {
            AuditRecord r = recs.get(i);
            boolean contentOk = AuditCodec.hash(algorithm, r, r.sequence()).equals(r.hash());
            int shift = 0;
            if (!contentOk) {
                if (AuditCodec.hash(algorithm, r, r.sequence() - 1).equals(r.hash())) {
                    shift = -1;
                } else if (AuditCodec.hash(algorithm, r, r.sequence() + 1).equals(r.hash())) {
                    shift = 1;
                }
            }
            long original = r.sequence() + shift;
            String expectedPrev = i == 0 ? AuditCodec.GENESIS : recs.get(i - 1).hash();
            boolean linkOk = r.previousHash().equals(expectedPrev);
            Integer j = linkOk ? Integer.valueOf(i - 1) : byHash.get(r.previousHash());

            if (!linkOk && j != null && j > i) {
                add(found, AuditFinding.EVENT_REORDERED, r.sequence(),
                        "record %d links to record %d, which is stored after it".formatted(r.sequence(),
                                recs.get(j).sequence()));
            } else if (!contentOk && shift == 0) {
                add(found, AuditFinding.EVENT_ALTERED, r.sequence(),
                        "record %d: its content does not match its hash %s".formatted(r.sequence(), r.hash()));
            } else if (!linkOk && j != null && j < i - 1) {
                for (int m = j + 1; m < i; m++) {
                    AuditRecord skipped = recs.get(m);
                    if (referenced.contains(skipped.hash())) {
                        add(found, AuditFinding.EVENT_REORDERED, skipped.sequence(),
                                "record %d is out of order: record %d links past it".formatted(skipped.sequence(),
                                        r.sequence()));
                    } else {
                        add(found, AuditFinding.EVENT_INSERTED, skipped.sequence(),
                                "record %d is not part of the chain: record %d links past it to record %d"
                                        .formatted(skipped.sequence(), r.sequence(), recs.get(j).sequence()));
                    }
                }
            } else if (!linkOk && j == null) {
                if (original > expected || shift == 1 || (r.previousHash().equals(AuditCodec.GENESIS) && i > 0)) {
                    add(found, AuditFinding.EVENT_DELETED, expected,
                            "record %d is missing: record %d links to a hash found nowhere in the log"
                                    .formatted(expected, r.sequence()));
                } else if (i > 0) {
                    AuditRecord p = recs.get(i - 1);
                    add(found, AuditFinding.EVENT_ALTERED, p.sequence(),
                            "record %d: its hash was rewritten; record %d links to %s".formatted(p.sequence(),
                                    r.sequence(), r.previousHash()));
                }
            } else if (linkOk && original > expected) {
                add(found, AuditFinding.EVENT_DELETED, expected,
                        "records %d-%d are missing".formatted(expected, original - 1));
            } else if (r.sequence() < expectedStored) {
                add(found, AuditFinding.EVENT_INSERTED, r.sequence(),
                        "sequence %d appears again after %d".formatted(r.sequence(), expectedStored - 1));
            }
            expected = Math.max(expected, original) + 1;
            expectedStored = Math.max(expectedStored, r.sequence() + 1);
        }
        List<AuditIssue> out = new ArrayList<>(found.values());
        out.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
        return out;
    }

    private static void add(Map<Long, AuditIssue> found, AuditFinding f, long seq, String detail) {
        found.putIfAbsent(seq * 8 + f.ordinal(), new AuditIssue(f, seq, detail));
    }
}
