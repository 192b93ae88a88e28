-- Dangan (档案) schema, version 6: approvals (查阅/借阅审批) of the access workflow.
-- PostgreSQL 12 or later. Id columns use the "C" collation, so that they sort as Java's String.compareTo does.
-- The table does not refer to dangan_dossier: approvals name the dossier as the host's access directory
-- knows it. Readers are kept sorted and joined by commas, approvers in signing order, actions by constant name and
-- material classes as numbers; instants as epoch second + nanosecond. version is the optimistic lock: of two
-- approvers deciding at once, the second finds the row changed and decides again on what the first left.

CREATE TABLE dangan_approval (
    id                 VARCHAR(64) COLLATE "C"  NOT NULL,
    dossier_id         VARCHAR(64) COLLATE "C"  NOT NULL,
    requester          VARCHAR(64) COLLATE "C"  NOT NULL,
    readers            VARCHAR(4000) NOT NULL,
    actions            VARCHAR(256)  NOT NULL,
    classes            VARCHAR(64)   NOT NULL,
    purpose            VARCHAR(128)  NOT NULL,
    issuing_unit       VARCHAR(64)   NOT NULL,
    approvers          VARCHAR(4000) NOT NULL,
    valid_from_second  BIGINT        NOT NULL,
    valid_from_nano    INTEGER       NOT NULL,
    valid_to_second    BIGINT        NOT NULL,
    valid_to_nano      INTEGER       NOT NULL,
    return_by_second   BIGINT,
    return_by_nano     INTEGER,
    status             VARCHAR(16)   NOT NULL,
    reason             VARCHAR(1000),
    version            BIGINT        NOT NULL,
    CONSTRAINT pk_dangan_approval PRIMARY KEY (id)
);
-- a requester's approvals and a dossier's approvals, each in id order
CREATE INDEX ix_dangan_approval_requester ON dangan_approval (requester, id);
CREATE INDEX ix_dangan_approval_dossier ON dangan_approval (dossier_id, id);
