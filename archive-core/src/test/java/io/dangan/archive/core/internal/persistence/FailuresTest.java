package io.dangan.archive.core.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.NotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the database reports becomes the api's exception, with the constraint explained. */
class FailuresTest {

    private static PersistenceException fromDatabase(String message, String sqlState) {
        return new PersistenceException("could not execute statement",
                new RuntimeException("wrapper", new SQLException(message, sqlState)));
    }

    @Test
    @DisplayName("a unique violation is DUPLICATE and names the constraint and what it means")
    void uniqueViolation() {
        ArchiveException e = Failures.translate(fromDatabase(
                "ERROR: duplicate key value violates unique constraint \"uk_dangan_subject_citizen_id\"", "23505"),
                "subject S2", "inserting");
        assertThat(e).isInstanceOf(ConflictException.class);
        assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE);
        assertThat(e.location()).isEqualTo("subject S2");
        assertThat(e.getMessage()).contains("subject S2", "inserting", "uk_dangan_subject_citizen_id",
                "the citizen id already belongs to another subject");
    }

    @Test
    @DisplayName("a second active tag for one dossier, caught by the database, is TAG_ALREADY_BOUND, not DUPLICATE")
    void activeTagViolation() {
        ArchiveException pg = Failures.translate(fromDatabase(
                "ERROR: duplicate key value violates unique constraint \"uk_dangan_tag_binding_active\"", "23505"),
                "tag 2C2A0001", "issuing");
        ArchiveException h2 = Failures.translate(fromDatabase("Unique index or primary key violation: "
                + "\"PUBLIC.UK_DANGAN_TAG_BINDING_ACTIVE_INDEX_A ON PUBLIC.DANGAN_TAG_BINDING(ACTIVE_DOSSIER_ID"
                + " NULLS FIRST) VALUES ( /* 1 */ 'D-1' )\"", "23505"), "tag 2C2A0001", "issuing");
        for (ArchiveException e : new ArchiveException[] {pg, h2}) {
            assertThat(e).isInstanceOf(ConflictException.class);
            assertThat(e.code()).isEqualTo(ErrorCode.TAG_ALREADY_BOUND);
            assertThat(e.getMessage()).contains("the dossier already has an active tag");
        }
        ArchiveException code = Failures.translate(fromDatabase(
                "ERROR: duplicate key value violates unique constraint \"pk_dangan_tag_binding\"", "23505"),
                "tag 2C2A0001", "issuing");
        assertThat(code.code()).isEqualTo(ErrorCode.DUPLICATE);
        assertThat(code.getMessage()).contains("the tag code already belongs to a dossier");
    }

    @Test
    @DisplayName("H2's upper-case constraint names are recognised too, the longest name winning")
    void h2ConstraintNames() {
        ArchiveException e = Failures.translate(fromDatabase("Referential integrity constraint violation: "
                + "\"FK_DANGAN_MATERIAL_CONTENT_MATERIAL: PUBLIC.DANGAN_MATERIAL_CONTENT FOREIGN KEY(MATERIAL_ID)\"",
                "23506"), "material M1", "inserting");
        assertThat(e).isInstanceOf(NotFoundException.class);
        assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(e.getMessage()).contains("fk_dangan_material_content_material", "the material is not stored");
    }

    @Test
    @DisplayName("a lost optimistic lock, at flush or inside a failed commit, is CONCURRENT_UPDATE")
    void optimisticLock() {
        assertThat(Failures.translate(new OptimisticLockException("row was updated"), "dossier D1", "updating").code())
                .isEqualTo(ErrorCode.CONCURRENT_UPDATE);
        ArchiveException commit = Failures.translate(
                new RollbackException("commit failed", new OptimisticLockException("stale")), "store", "committing");
        assertThat(commit).isInstanceOf(ConflictException.class);
        assertThat(commit.code()).isEqualTo(ErrorCode.CONCURRENT_UPDATE);
    }

    @Test
    @DisplayName("serialization failures, deadlocks and lock timeouts are CONCURRENT_UPDATE")
    void concurrencyStates() {
        for (String state : new String[] {"40001", "40P01", "90131", "HYT00", "55P03"}) {
            assertThat(Failures.translate(fromDatabase("conflict", state), "dossier D1", "updating").code())
                    .as(state).isEqualTo(ErrorCode.CONCURRENT_UPDATE);
        }
    }

    @Test
    @DisplayName("anything else is STORE_FAILURE with the SQL state and the root cause, and keeps the cause")
    void otherFailures() {
        PersistenceException lost = fromDatabase("An I/O error occurred while sending to the backend", "08006");
        ArchiveException e = Failures.translate(lost, "store", "committing a write session");
        assertThat(e.code()).isEqualTo(ErrorCode.STORE_FAILURE);
        assertThat(e.getMessage()).contains("08006", "SQLException", "I/O error", "committing a write session");
        assertThat(e.getCause()).isSameAs(lost);
    }

    @Test
    @DisplayName("an exception that already is the api's passes through unchanged")
    void passThrough() {
        ConflictException mine = new ConflictException(ErrorCode.DUPLICATE, "unit U1", "taken");
        assertThat(Failures.translate(mine, "x", "y")).isSameAs(mine);
    }
}
