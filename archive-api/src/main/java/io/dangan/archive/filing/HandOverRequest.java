package io.dangan.archive.filing;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.MaterialId;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A delivery of materials from a forming unit with its hand-over record (移交清单), to be registered.
 *
 * <p>Construction throws {@link InvalidInputException} with code {@code HAND_OVER_INVALID} when it lists no
 * material or one material twice.
 *
 * @param id the hand-over record's id
 * @param dossier the dossier the materials are for
 * @param sourceUnit the forming unit that sends them (形成单位), 1-128 characters
 * @param deliveredBy who handed them over (移交人), 1-64 characters
 * @param receivedDate the date the dossier office received them
 * @param materials the materials, at least one
 * @param actor the archivist registering them (接收人)
 */
public record HandOverRequest(HandOverId id, DossierId dossier, String sourceUnit, String deliveredBy,
        LocalDate receivedDate, List<ReceivedMaterial> materials, String actor) {
    public HandOverRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossier, "dossier");
        sourceUnit = Texts.require(sourceUnit, "handOver " + id + "/sourceUnit", 128);
        deliveredBy = Texts.require(deliveredBy, "handOver " + id + "/deliveredBy", 64);
        Objects.requireNonNull(receivedDate, "receivedDate");
        materials = List.copyOf(materials);
        actor = Texts.require(actor, "handOver " + id + "/actor", 64);
        if (materials.isEmpty()) {
            throw new InvalidInputException(ErrorCode.HAND_OVER_INVALID, "handOver " + id + "/materials",
                    "hand-over %s lists no material, expected at least one".formatted(id));
        }
        Set<MaterialId> ids = new HashSet<>();
        for (int i = 0; i < materials.size(); i++) {
            if (!ids.add(materials.get(i).id())) {
                throw new InvalidInputException(ErrorCode.HAND_OVER_INVALID, "handOver " + id + "/materials/" + i,
                        "hand-over %s lists material %s twice".formatted(id, materials.get(i).id()));
            }
        }
    }
}
