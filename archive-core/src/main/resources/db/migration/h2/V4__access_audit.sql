-- Dangan (档案) schema, version 4: the audit log (审计日志) and its signed checkpoints.
-- H2 2.x. Records are append-only: the application never updates or deletes them, and a
-- verification names any row changed behind its back. Instants are kept as epoch second + nanosecond so that
-- they round-trip exactly (the chain hash covers them); the text columns hold the hashed values verbatim.

CREATE TABLE dangan_audit_event (
    sequence_no     BIGINT        NOT NULL,
    occurred_second BIGINT        NOT NULL,
    occurred_nano   INTEGER       NOT NULL,
    event_type      VARCHAR(128)  NOT NULL,
    actor           VARCHAR(128)  NOT NULL,
    resource_ref    VARCHAR(256)  NOT NULL,
    dossier_id      VARCHAR(64)   NOT NULL,
    action_code     VARCHAR(64)   NOT NULL,
    outcome         VARCHAR(32)   NOT NULL,
    reasons         VARCHAR(2000) NOT NULL,
    request_hash    VARCHAR(64)   NOT NULL,
    details         VARCHAR(16000) NOT NULL,
    previous_hash   VARCHAR(64)   NOT NULL,
    record_hash     VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_dangan_audit_event PRIMARY KEY (sequence_no)
);
CREATE INDEX ix_dangan_audit_event_dossier ON dangan_audit_event (dossier_id, sequence_no);
CREATE INDEX ix_dangan_audit_event_actor ON dangan_audit_event (actor, sequence_no);
CREATE INDEX ix_dangan_audit_event_action ON dangan_audit_event (action_code, sequence_no);
CREATE INDEX ix_dangan_audit_event_time ON dangan_audit_event (occurred_second, sequence_no);

CREATE TABLE dangan_audit_checkpoint (
    tree_size           BIGINT        NOT NULL,
    root_hash           VARCHAR(64)   NOT NULL,
    chain_head          VARCHAR(64)   NOT NULL,
    created_at          VARCHAR(40)   NOT NULL,
    hash_algorithm      VARCHAR(16)   NOT NULL,
    signature_algorithm VARCHAR(32)   NOT NULL,
    key_id              VARCHAR(128)  NOT NULL,
    signature           VARCHAR(1024) NOT NULL,
    CONSTRAINT pk_dangan_audit_checkpoint PRIMARY KEY (tree_size)
);
