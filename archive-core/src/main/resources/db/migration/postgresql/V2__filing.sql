-- Dangan (档案) schema, version 2: filing (收集归档) records: hand-over records with their items,
-- review records, the missing-materials register (缺少材料登记) and the facts materials state (专审).
-- PostgreSQL 12 or later. Id columns use the "C" collation so that they sort as Java's String.compareTo does.

CREATE TABLE dangan_hand_over (
    id                 VARCHAR(64) COLLATE "C"  NOT NULL,
    dossier_id         VARCHAR(64) COLLATE "C"  NOT NULL,
    source_unit        VARCHAR(256) NOT NULL,
    delivered_by       VARCHAR(128) NOT NULL,
    received_date      DATE         NOT NULL,
    received_by        VARCHAR(128) NOT NULL,
    registered_second  BIGINT       NOT NULL,
    registered_nano    INTEGER      NOT NULL,
    CONSTRAINT pk_dangan_hand_over PRIMARY KEY (id),
    CONSTRAINT fk_dangan_hand_over_dossier FOREIGN KEY (dossier_id) REFERENCES dangan_dossier (id)
);
CREATE INDEX ix_dangan_hand_over_dossier ON dangan_hand_over (dossier_id, registered_second, registered_nano, id);

CREATE TABLE dangan_hand_over_item (
    id            VARCHAR(80) COLLATE "C"  NOT NULL,
    hand_over_id  VARCHAR(64) COLLATE "C"  NOT NULL,
    ordinal       INTEGER      NOT NULL,
    material_id   VARCHAR(64) COLLATE "C"  NOT NULL,
    is_original   BOOLEAN      NOT NULL,
    sealed        BOOLEAN      NOT NULL,
    signed        BOOLEAN      NOT NULL,
    copy_date     DATE,
    copying_unit  VARCHAR(256),
    CONSTRAINT pk_dangan_hand_over_item PRIMARY KEY (id),
    CONSTRAINT fk_dangan_hand_over_item_record FOREIGN KEY (hand_over_id) REFERENCES dangan_hand_over (id)
);
CREATE INDEX ix_dangan_hand_over_item_record ON dangan_hand_over_item (hand_over_id, ordinal);
CREATE INDEX ix_dangan_hand_over_item_material ON dangan_hand_over_item (material_id);

CREATE TABLE dangan_review (
    id                    VARCHAR(80) COLLATE "C"   NOT NULL,
    material_id           VARCHAR(64) COLLATE "C"   NOT NULL,
    ordinal               INTEGER       NOT NULL,
    dossier_id            VARCHAR(64) COLLATE "C"   NOT NULL,
    reviewer              VARCHAR(128)  NOT NULL,
    reviewed_second       BIGINT        NOT NULL,
    reviewed_nano         INTEGER       NOT NULL,
    late                  BOOLEAN       NOT NULL,
    days_after_formation  BIGINT        NOT NULL,
    results               VARCHAR(8000) NOT NULL,
    CONSTRAINT pk_dangan_review PRIMARY KEY (id),
    CONSTRAINT uk_dangan_review_ordinal UNIQUE (material_id, ordinal),
    CONSTRAINT fk_dangan_review_material FOREIGN KEY (material_id) REFERENCES dangan_material (id)
);
CREATE INDEX ix_dangan_review_material ON dangan_review (material_id, ordinal);

CREATE TABLE dangan_missing_material (
    id             VARCHAR(140) COLLATE "C" NOT NULL,
    dossier_id     VARCHAR(64) COLLATE "C"  NOT NULL,
    type_code      VARCHAR(128) COLLATE "C" NOT NULL,
    type_name      VARCHAR(128) NOT NULL,
    rule_id        VARCHAR(128) NOT NULL,
    registered_on  DATE         NOT NULL,
    chase_by       DATE         NOT NULL,
    resolved_on    DATE,
    CONSTRAINT pk_dangan_missing_material PRIMARY KEY (id),
    CONSTRAINT fk_dangan_missing_material_dossier FOREIGN KEY (dossier_id) REFERENCES dangan_dossier (id)
);
CREATE INDEX ix_dangan_missing_material_dossier ON dangan_missing_material (dossier_id, type_code);

CREATE TABLE dangan_declared_facts (
    material_id      VARCHAR(64) COLLATE "C"   NOT NULL,
    dossier_id       VARCHAR(64) COLLATE "C"   NOT NULL,
    name             VARCHAR(128),
    birth_date       DATE,
    work_start_date  DATE,
    party_join_date  DATE,
    cadre_status     VARCHAR(64),
    education        VARCHAR(4000) NOT NULL,
    work_history     VARCHAR(8000) NOT NULL,
    CONSTRAINT pk_dangan_declared_facts PRIMARY KEY (material_id),
    CONSTRAINT fk_dangan_declared_facts_material FOREIGN KEY (material_id) REFERENCES dangan_material (id)
);
CREATE INDEX ix_dangan_declared_facts_dossier ON dangan_declared_facts (dossier_id, material_id);
