package io.dangan.archive.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.access.AccessPolicy;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.PolicyRule;
import io.dangan.archive.access.RelationKind;
import io.dangan.archive.access.RuleKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AccessPolicyJsonTest {
    private static final String HEAD = "{\"format\":\"dangan-access-policy/1\",\"version\":\"county-1\",";

    @Test
    void aMinimalDocumentIsTheBaselineWithItsOwnVersion() {
        AccessPolicy p = AccessPolicyJson.read("{\"format\":\"dangan-access-policy/1\",\"version\":\"county-1\"}");
        AccessPolicy b = AccessPolicy.baseline();
        assertThat(p.version()).isEqualTo("county-1");
        assertThat(p.rules()).isEqualTo(b.rules());
        assertThat(p.purposes()).isEqualTo(b.purposes());
    }

    @Test
    void presetsNameTheRelationSets() {
        assertThat(AccessPolicyJson.read(HEAD + "\"recusalRelations\":\"lineal\"}").recusalRelations())
                .isEqualTo(RelationKind.lineal());
        assertThat(AccessPolicyJson.read(HEAD + "\"recusalRelations\":\"all\"}").recusalRelations())
                .isEqualTo(RelationKind.all());
        assertThat(AccessPolicyJson.read(HEAD + "\"recusalRelations\":[\"SPOUSE\",\"child\"]}").recusalRelations())
                .containsExactlyInAnyOrder(RelationKind.SPOUSE, RelationKind.CHILD);
    }

    @Test
    void errorsNameTheRuleAndTheField() {
        String rules = "\"rules\":[{\"id\":\"baseline.recusal\",\"kind\":\"recusal\",\"actions\":[\"dossier\"]},"
                + "{\"id\":\"sod\",\"kind\":\"separation-of-duties\",\"actions\":[\"*\"]},"
                + "{\"id\":\"county.no-copy\",\"kind\":\"forbid\",\"actions\":[\"copy\",\"photograph\"]}]}";
        assertThatThrownBy(() -> AccessPolicyJson.read(HEAD + rules)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    InvalidInputException x = (InvalidInputException) e;
                    assertThat(x.code()).isEqualTo(ErrorCode.POLICY_INVALID);
                    assertThat(x.location()).isEqualTo("rules[2] (county.no-copy)/actions[1]");
                    assertThat(x.getMessage()).contains("photograph");
                });
        assertThatThrownBy(() -> AccessPolicyJson.read(HEAD + "\"rules\":[{\"id\":\"x\",\"kind\":\"allow-all\",\"actions\":[\"*\"]}]}"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).location()).isEqualTo("rules[0] (x)/kind"));
        assertThatThrownBy(() -> AccessPolicyJson.read(HEAD + "\"rules\":[{\"id\":\"x\",\"kind\":\"forbid\",\"actions\":[\"view\"],\"classes\":[11]}]}"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).location()).isEqualTo("rules[0] (x)/classes[0]"));
        assertThatThrownBy(() -> AccessPolicyJson.read(HEAD + "\"rules\":[{\"id\":\"x\",\"kind\":\"clearance\",\"actions\":[\"view\"],\"roles\":[\"READER\"]}]}"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).location()).isEqualTo("rules[0] (x)/roles"));
        assertThatThrownBy(() -> AccessPolicyJson.read(HEAD + "\"minReaders\":1}"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).location()).isEqualTo("minReaders"));
        assertThatThrownBy(() -> AccessPolicyJson.read(HEAD + "\"colour\":\"red\"}"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).code()).isEqualTo(ErrorCode.JSON_UNKNOWN_FIELD));
        assertThatThrownBy(() -> AccessPolicyJson.read("{\"format\":"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).code()).isEqualTo(ErrorCode.JSON_MALFORMED));
    }

    @Test
    void aPolicyWithoutRecusalIsRefused() {
        assertThatThrownBy(() -> AccessPolicyJson.read(HEAD
                + "\"rules\":[{\"id\":\"sod\",\"kind\":\"separation-of-duties\",\"actions\":[\"*\"]}]}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("recusal");
    }

    @Provide
    Arbitrary<AccessPolicy> policies() {
        Arbitrary<Set<RelationKind>> relations = Arbitraries.of(RelationKind.class).set().ofMinSize(1);
        Arbitrary<Integer> readers = Arbitraries.integers().between(2, 10);
        Arbitrary<Integer> loan = Arbitraries.integers().between(1, 366);
        Arbitrary<Set<Integer>> sensitive = Arbitraries.integers().between(1, 10).set();
        Arbitrary<List<PolicyRule>> forbids = Combinators.combine(Arbitraries.of(Action.class).set().ofMinSize(1),
                Arbitraries.integers().between(1, 10).set().ofMaxSize(3))
                .as((actions, classes) -> new PolicyRule("custom", RuleKind.FORBID, actions, Set.of(), classes, Set.of()))
                .list().ofMaxSize(1);
        return Combinators.combine(relations, readers, loan, sensitive, forbids, Arbitraries.of(true, false))
                .as((rel, r, l, s, f, anc) -> {
                    List<PolicyRule> rules = new ArrayList<>(AccessPolicy.baseline().rules());
                    rules.addAll(f);
                    return new AccessPolicy("v-" + r + "-" + l, rel, r, Duration.ofDays(l),
                            AccessPolicy.baselinePurposes(), s, anc, rules);
                });
    }

    @Property(tries = 200)
    void writeThenReadGivesThePolicyBackByteStable(@ForAll("policies") AccessPolicy policy) {
        String json = AccessPolicyJson.write(policy);
        AccessPolicy back = AccessPolicyJson.read(json);
        assertThat(back).isEqualTo(policy);
        assertThat(AccessPolicyJson.write(back)).isEqualTo(json);
    }
}
