package io.dangan.archive.cli;

import io.dangan.archive.access.AccessContext;
import io.dangan.archive.access.AccessRequest;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.Decision;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.Resource;
import io.dangan.archive.model.DossierId;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dangan access check}: evaluates one request against the demo store's access world and the baseline
 * policy, and prints the decision with its reasons, rules and obligations. The approvals are those the demo issued,
 * with the validity windows recorded in the store, so {@code --at} before or after a window is denied for it
 * ({@code APPROVAL_NOT_YET_VALID}, {@code APPROVAL_EXPIRED}). The decision is audited. Exit status 0 for a permit,
 * 1 for a denial, 2 for bad usage (an unknown action, a malformed {@code --at}).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "判定一次访问请求并打印结果（允许时退出码 0，拒绝时 1）。")
final class AccessCheckCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--principal", required = true, paramLabel = "USER", description = "who asks, e.g. reader-zhao")
    String principal = "";

    @Option(names = "--action", required = true, paramLabel = "ACTION",
            description = "view, excerpt, copy, borrow, file, amend, transfer, destroy, read-audit, administer-policy")
    String action = "";

    @Option(names = "--dossier", paramLabel = "ID", description = "the dossier, e.g. demo1-d3")
    @Nullable String dossier;

    @Option(names = "--approval", paramLabel = "ID", description = "the approval presented, e.g. A-demo1-d3")
    @Nullable String approval;

    @Option(names = "--purpose", paramLabel = "CODE", description = "the purpose code, e.g. appointment")
    @Nullable String purpose;

    @Option(names = "--at", paramLabel = "INSTANT", converter = InstantConverter.class,
            description = "when, ISO-8601 with a zone (2026-06-01T02:00:00Z or 2026-06-01T10:00:00+08:00); default now")
    @Nullable Instant at;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Clock clock = Clock.systemDefaultZone();
        Instant given = at;
        Instant now = given == null ? clock.instant() : given;
        Action act = Action.of(action);
        Resource resource = act == Action.READ_AUDIT ? Resource.auditLog()
                : act == Action.ADMINISTER_POLICY ? Resource.policy()
                : Resource.dossier(DossierId.of(dossier == null ? "none" : dossier));
        AccessRequest request = AccessRequest.of(PrincipalId.of(principal), act, resource,
                new AccessContext(now, approval == null ? null : ApprovalId.of(approval), purpose));
        try (Workspace ws = Workspace.open(data.dir, clock)) {
            DemoAccess world = new DemoAccess(ws.archive().store(), ws.approvals(), ws.auditLog());
            Decision d = world.control.decide(request);
            ws.auditLog().append(new io.dangan.archive.access.AccessDecided(now, request, d));
            out.printf("%s %s %s：%s%n", principal, act.code(), resource.ref(), DemoAccess.describe(d));
            out.flush();
            return d.permitted() ? Dangan.OK : Dangan.FINDINGS;
        }
    }

    /** Reads {@code --at}: an ISO-8601 instant ({@code ...Z}) or date-time with offset; anything else is a usage error. */
    static final class InstantConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException notAnInstant) {
                try {
                    return OffsetDateTime.parse(value).toInstant();
                } catch (DateTimeParseException e) {
                    throw new TypeConversionException("'%s' is not an ISO-8601 instant with a zone, expected e.g. "
                            .formatted(value) + "2026-06-01T02:00:00Z or 2026-06-01T10:00:00+08:00");
                }
            }
        }
    }
}
