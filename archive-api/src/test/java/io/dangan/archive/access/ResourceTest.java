package io.dangan.archive.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The resource's shape: which ids each kind carries, and the unknown material (未知材料). */
class ResourceTest {

    @Property
    void aResourceIsBuiltExactlyWhenItsKindAndIdsFit(@ForAll ResourceKind kind, @ForAll boolean withDossier,
            @ForAll boolean withMaterial, @ForAll boolean withCategory) {
        DossierId dossier = withDossier ? DossierId.of("D1") : null;
        MaterialId material = withMaterial ? MaterialId.of("M1") : null;
        MaterialCategory category = withCategory ? MaterialCategory.ofClass(4) : null;
        boolean fits = switch (kind) {
            case DOSSIER -> withDossier && !withMaterial && !withCategory;
            // a known material names its dossier and class; an unknown one neither
            case MATERIAL -> withMaterial && withDossier == withCategory;
            case AUDIT_LOG, POLICY -> !withDossier && !withMaterial && !withCategory;
        };
        if (fits) {
            Resource r = new Resource(kind, dossier, material, category, Classification.OPEN);
            assertThat(r.kind()).isEqualTo(kind);
        } else {
            assertThatThrownBy(() -> new Resource(kind, dossier, material, category, Classification.OPEN))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(kind.name());
        }
    }

    @Test
    void anUnknownMaterialHasNoDossierOrClassAndSaysSoInItsReference() {
        Resource r = Resource.unknownMaterial(MaterialId.of("M9"));
        assertThat(r.kind()).isEqualTo(ResourceKind.MATERIAL);
        assertThat(r.dossier()).isNull();
        assertThat(r.category()).isNull();
        assertThat(r.sensitivity()).isEqualTo(Classification.OPEN);
        assertThat(r.ref()).isEqualTo("material:?/M9");
        assertThat(Resource.material(DossierId.of("D1"), MaterialId.of("M9"), MaterialCategory.ofClass(4),
                Classification.SECRET).ref()).isEqualTo("material:D1/M9");
    }
}
