package io.dangan.archive.core.internal.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.access.AccessContext;
import io.dangan.archive.access.AccessRequest;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.Classification;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.Resource;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The request hash is the SHA-256 of the documented binary form, computed here independently. */
class RequestHashTest {

    @Property(tries = 500)
    void theHashIsTheSha256OfTheLengthPrefixedFields(@ForAll("requests") AccessRequest request) throws Exception {
        assertThat(RequestHash.of(request)).isEqualTo(reference(request)).matches("[0-9a-f]{64}");
        assertThat(RequestHash.of(request)).isEqualTo(RequestHash.of(request));
    }

    @Provide
    Arbitrary<AccessRequest> requests() {
        Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(64)
                .map(s -> "x" + s.substring(1));
        Arbitrary<Resource> resource = Arbitraries.oneOf(ids.map(d -> Resource.dossier(DossierId.of(d))),
                Combinators.combine(ids, ids, Arbitraries.integers().between(1, 10), Arbitraries.of(Classification.class))
                        .as((d, m, c, l) -> Resource.material(DossierId.of(d), MaterialId.of(m), MaterialCategory.ofClass(c), l)),
                Arbitraries.just(Resource.auditLog()), Arbitraries.just(Resource.policy()));
        Arbitrary<String> purposes = Arbitraries.oneOf(Arbitraries.of("appointment", "任免", "政治审查"),
                Arbitraries.strings().ofMaxLength(300)).injectNull(0.2);
        Arbitrary<Instant> at = Arbitraries.longs().between(-1_000_000_000L, 4_000_000_000L)
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
        Arbitrary<ApprovalId> approval = ids.map(ApprovalId::of).injectNull(0.3);
        return Combinators.combine(ids.map(PrincipalId::of), Arbitraries.of(Action.class), resource, at, approval, purposes)
                .as((p, a, r, t, ap, pu) -> AccessRequest.of(p, a, r, new AccessContext(t, ap, pu)));
    }

    /** Version byte 1, each field as a 4-byte big-endian length and UTF-8, the instant as seconds (8) and nanos (4). */
    private static String reference(AccessRequest r) throws IOException, NoSuchAlgorithmException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(1);
        field(out, r.principal().value());
        field(out, r.action().code());
        field(out, r.resource().kind().name());
        field(out, r.resource().dossier() == null ? "" : r.resource().dossier().value());
        field(out, r.resource().material() == null ? "" : r.resource().material().value());
        field(out, r.resource().category() == null ? "" : r.resource().category().code());
        field(out, r.resource().sensitivity().name());
        out.writeLong(r.context().now().getEpochSecond());
        out.writeInt(r.context().now().getNano());
        field(out, r.context().approval() == null ? "" : r.context().approval().value());
        field(out, r.context().purpose() == null ? "" : r.context().purpose());
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
    }

    private static void field(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }
}
