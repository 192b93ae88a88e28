package io.dangan.archive.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.ApprovalStatus;
import io.dangan.archive.access.Classification;
import io.dangan.archive.access.Delegation;
import io.dangan.archive.access.DossierFacts;
import io.dangan.archive.access.Kinship;
import io.dangan.archive.access.Principal;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.RelationKind;
import io.dangan.archive.access.Role;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.UnitId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemoryAccessDirectoryTest {
    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    private static final PrincipalId ZHAO = PrincipalId.of("zhao");
    private static final PrincipalId QIAN = PrincipalId.of("qian");
    private static final UnitId CITY = UnitId.of("city");
    private static final UnitId COUNTY = UnitId.of("county");
    private final MemoryAccessDirectory dir = new MemoryAccessDirectory();

    private static Approval approval(String id, PrincipalId requester) {
        return new Approval(ApprovalId.of(id), DossierId.of("D1"), requester, Set.of(requester, PrincipalId.of("sun")),
                Set.of(Action.VIEW), Set.of(), "appointment", COUNTY, List.of(), NOW, NOW.plusSeconds(60), null,
                ApprovalStatus.REQUESTED, null);
    }

    @Test
    void onePersonCannotHoldTwoAdministratorRolesThroughSeparateAccounts() {
        PrincipalId sys = PrincipalId.of("sys-wang");
        PrincipalId audit = PrincipalId.of("audit-wang");
        dir.unit(CITY, null).principal(new Principal(sys, SubjectId.of("P-wang"), Set.of(CITY), Set.of(Role.SYSTEM_ADMIN),
                Classification.SECRET));
        assertThatThrownBy(() -> dir.principal(new Principal(audit, SubjectId.of("P-wang"), Set.of(CITY),
                Set.of(Role.AUDIT_ADMIN), Classification.SECRET)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DIRECTORY_INVALID);
                    assertThat(e.getMessage()).contains("P-wang", "SYSTEM_ADMIN", "sys-wang");
                });
        assertThat(dir.principal(audit)).isNull();
        // the same role through a second account is allowed, and so is another person in the other role
        dir.principal(new Principal(PrincipalId.of("sys-wang-2"), SubjectId.of("P-wang"), Set.of(CITY),
                Set.of(Role.SYSTEM_ADMIN), Classification.SECRET));
        dir.principal(new Principal(audit, SubjectId.of("P-chu"), Set.of(CITY), Set.of(Role.AUDIT_ADMIN),
                Classification.SECRET));
        // once the first account moves to another person, P-wang's remaining account still binds
        dir.principal(new Principal(sys, SubjectId.of("P-li"), Set.of(CITY), Set.of(Role.READER), Classification.OPEN));
        assertThatThrownBy(() -> dir.principal(new Principal(PrincipalId.of("sec-wang"), SubjectId.of("P-wang"),
                Set.of(CITY), Set.of(Role.SECURITY_ADMIN), Classification.SECRET)))
                .isInstanceOf(InvalidInputException.class);
        dir.principal(new Principal(PrincipalId.of("sys-wang-2"), SubjectId.of("P-wang"), Set.of(CITY),
                Set.of(Role.READER), Classification.OPEN));
        dir.principal(new Principal(PrincipalId.of("sec-wang"), SubjectId.of("P-wang"), Set.of(CITY),
                Set.of(Role.SECURITY_ADMIN), Classification.SECRET));
        assertThat(dir.principal(PrincipalId.of("sec-wang"))).isNotNull();
    }

    @Test
    void looksUpWhatWasLoadedAndReplacesEntriesWhole() {
        dir.unit(CITY, null).unit(COUNTY, CITY)
                .principal(new Principal(ZHAO, SubjectId.of("P1"), Set.of(COUNTY), Set.of(Role.READER), Classification.OPEN))
                .principal(new Principal(ZHAO, SubjectId.of("P2"), Set.of(CITY), Set.of(Role.ARCHIVIST), Classification.SECRET))
                .dossier(new DossierFacts(DossierId.of("D1"), SubjectId.of("P9"), COUNTY))
                .kinship(new Kinship(SubjectId.of("P1"), SubjectId.of("P9"), RelationKind.PARENT));
        assertThat(dir.principalCount()).isEqualTo(1);
        assertThat(dir.principal(ZHAO)).extracting(Principal::person).isEqualTo(SubjectId.of("P2"));
        assertThat(dir.principal(QIAN)).isNull();
        assertThat(dir.parent(COUNTY)).isEqualTo(CITY);
        assertThat(dir.parent(CITY)).isNull();
        assertThat(dir.parent(UnitId.of("nowhere"))).isNull();
        dir.unit(COUNTY, null);
        assertThat(dir.parent(COUNTY)).isNull();
        assertThat(dir.dossier(DossierId.of("D1"))).extracting(DossierFacts::custodian).isEqualTo(COUNTY);
        assertThat(dir.dossier(DossierId.of("D2"))).isNull();
        assertThat(dir.relation(SubjectId.of("P1"), SubjectId.of("P9"))).isEqualTo(RelationKind.PARENT);
        assertThat(dir.relation(SubjectId.of("P9"), SubjectId.of("P1"))).isEqualTo(RelationKind.CHILD);
        assertThat(dir.relation(SubjectId.of("P1"), SubjectId.of("P2"))).isNull();
        Delegation d = new Delegation("DL", CITY, COUNTY, Set.of(), NOW, NOW.plusSeconds(5));
        dir.delegation(d);
        assertThat(dir.delegationsTo(COUNTY)).containsExactly(d);
        assertThat(dir.delegationsTo(CITY)).isEmpty();
    }

    @Test
    void approvalsAreIndexedByRequesterInIdOrder() {
        dir.insert(approval("A2", ZHAO));
        dir.insert(approval("A1", ZHAO));
        dir.approval(approval("A3", QIAN));
        assertThat(dir.byRequester(ZHAO)).extracting(a -> a.id().value()).containsExactly("A1", "A2");
        assertThat(dir.byRequester(PrincipalId.of("nobody"))).isEmpty();
        assertThatThrownBy(() -> dir.insert(approval("A1", QIAN))).isInstanceOf(ConflictException.class);
        dir.update(ApprovalId.of("A2"), a -> approval("A2", QIAN));
        assertThat(dir.byRequester(ZHAO)).extracting(a -> a.id().value()).containsExactly("A1");
        assertThat(dir.byRequester(QIAN)).extracting(a -> a.id().value()).containsExactly("A2", "A3");
        assertThat(dir.update(ApprovalId.of("A9"), a -> a)).isNull();
        assertThatThrownBy(() -> dir.update(ApprovalId.of("A1"), a -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        assertThat(dir.approval(ApprovalId.of("A1"))).extracting(Approval::requester).isEqualTo(ZHAO);
    }
}
