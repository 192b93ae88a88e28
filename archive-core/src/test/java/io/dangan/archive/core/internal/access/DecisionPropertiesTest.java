package io.dangan.archive.core.internal.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.access.AccessContext;
import io.dangan.archive.access.AccessPolicy;
import io.dangan.archive.access.AccessRequest;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.Classification;
import io.dangan.archive.access.Decision;
import io.dangan.archive.access.ObligationKind;
import io.dangan.archive.access.PolicyRule;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.ReasonCode;
import io.dangan.archive.access.Resource;
import io.dangan.archive.access.RuleKind;
import io.dangan.archive.audit.EventSink;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.testkit.access.AccessWorld;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the decision point over random requests in the standard world. */
class DecisionPropertiesTest {
    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    private static final AccessWorld WORLD = AccessWorld.standard(NOW);
    private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint(WORLD, AccessPolicy.baseline(),
            EventSink.discarding());

    @Provide
    Arbitrary<AccessRequest> requests() {
        Arbitrary<PrincipalId> who = Arbitraries.of(WORLD.principals().stream().map(p -> p.id()).toList())
                .injectDuplicates(0.1).edgeCases(e -> e.add(PrincipalId.of("stranger")));
        Arbitrary<DossierId> dossier = Arbitraries.of(AccessWorld.PLAIN, AccessWorld.READERS_OWN, AccessWorld.RELATIVES,
                AccessWorld.FOREIGN, DossierId.of("D-unknown"));
        Arbitrary<Resource> resource = Arbitraries.oneOf(dossier.map(Resource::dossier),
                Combinators.combine(dossier, Arbitraries.integers().between(1, 10), Arbitraries.of(Classification.class))
                        .as((d, c, l) -> Resource.material(d, MaterialId.of("M1"), MaterialCategory.ofClass(c), l)),
                Arbitraries.just(Resource.auditLog()), Arbitraries.just(Resource.policy()));
        Arbitrary<ApprovalId> approval = Arbitraries.of(AccessWorld.VIEW_PLAIN, AccessWorld.VIEW_OWN,
                AccessWorld.VIEW_RELATIVES, AccessWorld.BORROW_PLAIN, AccessWorld.TRANSFER_PLAIN, ApprovalId.of("A-x"))
                .injectNull(0.3);
        Arbitrary<String> purpose = Arbitraries.of("appointment", "political-review", "curiosity").injectNull(0.2);
        Arbitrary<Instant> at = Arbitraries.longs().between(-10 * 86_400L, 10 * 86_400L).map(NOW::plusSeconds);
        return Combinators.combine(who, Arbitraries.of(Action.class), resource, approval, purpose, at)
                .as((p, a, r, ap, pu, t) -> AccessRequest.of(p, a, r, new AccessContext(t, ap, pu)));
    }

    @Property(tries = 2000)
    void everyDecisionIsAWellFormedValueAndDeterministic(@ForAll("requests") AccessRequest request) {
        Decision d = PDP.decide(request);
        assertThat(d.reasons()).isNotEmpty();
        assertThat(d.rules()).isNotEmpty();
        assertThat(d.requestHash()).matches("[0-9a-f]{64}");
        assertThat(d.obligations().get(0).kind()).isEqualTo(ObligationKind.AUDIT);
        assertThat(d.reasons()).doesNotContain(ReasonCode.EVALUATION_ERROR);
        assertThat(PDP.decide(request)).isEqualTo(d);
    }

    @Property(tries = 1000)
    void nobodyEverActsOnTheirOwnDossier(@ForAll("requests") AccessRequest request) {
        AccessRequest own = AccessRequest.of(AccessWorld.SELF_READER, request.action().onDossier() ? request.action()
                : Action.VIEW, Resource.dossier(AccessWorld.READERS_OWN), request.context());
        Decision d = PDP.decide(own);
        assertThat(d.permitted()).isFalse();
        boolean knownApproval = own.context().approval() == null || WORLD.approval(own.context().approval()) != null;
        boolean knownPurpose = own.context().purpose() == null
                || AccessPolicy.baseline().purposes().containsKey(own.context().purpose());
        if (knownApproval && knownPurpose) {
            assertThat(d.reasons()).contains(ReasonCode.RECUSAL_SELF);
        }
    }

    @Property(tries = 1000)
    void addingAForbidRuleNeverTurnsADenialIntoAPermit(@ForAll("requests") AccessRequest request,
            @ForAll("forbids") PolicyRule forbid) {
        List<PolicyRule> rules = new ArrayList<>(AccessPolicy.baseline().rules());
        rules.add(forbid);
        PolicyDecisionPoint stricter = new PolicyDecisionPoint(WORLD, AccessPolicy.baseline().withRules("strict", rules),
                EventSink.discarding());
        Decision base = PDP.decide(request);
        Decision strict = stricter.decide(request);
        if (!base.permitted()) {
            assertThat(strict.permitted()).isFalse();
        }
        if (strict.permitted()) {
            assertThat(base.permitted()).isTrue();
        }
    }

    @Provide
    Arbitrary<PolicyRule> forbids() {
        return Combinators.combine(Arbitraries.of(Action.class).set().ofMinSize(1),
                Arbitraries.integers().between(1, 10).set().ofMaxSize(2))
                .as((actions, classes) -> new PolicyRule("extra.forbid", RuleKind.FORBID, actions, Set.of(), classes,
                        Set.of()));
    }
}
