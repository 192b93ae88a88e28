-- Dangan (档案) schema, version 1: the foundation (units, subjects, dossiers, materials and their content files).
-- PostgreSQL 12 or later. Flyway-compatible name; Dangan's own runner records applied versions in dangan_schema_history.
-- Text lengths are in characters (doubled from the model's limits so that both scripts declare the same columns).
-- Id columns use the "C" collation so that they sort as Java's String.compareTo does, whatever the database default.

CREATE TABLE dangan_unit (
    id         VARCHAR(64) COLLATE "C"  NOT NULL,
    name       VARCHAR(256) NOT NULL,
    code       VARCHAR(18),
    parent_id  VARCHAR(64) COLLATE "C",
    CONSTRAINT pk_dangan_unit PRIMARY KEY (id),
    CONSTRAINT uk_dangan_unit_code UNIQUE (code),
    CONSTRAINT fk_dangan_unit_parent FOREIGN KEY (parent_id) REFERENCES dangan_unit (id)
);
CREATE INDEX ix_dangan_unit_parent ON dangan_unit (parent_id, id);

CREATE TABLE dangan_subject (
    id               VARCHAR(64) COLLATE "C"  NOT NULL,
    citizen_id       VARCHAR(18)  NOT NULL,
    name             VARCHAR(128) NOT NULL,
    gender           VARCHAR(16)  NOT NULL,
    birth_date       DATE         NOT NULL,
    ethnicity        VARCHAR(64)  NOT NULL,
    work_start_date  DATE,
    party_join_date  DATE,
    education        VARCHAR(32)  NOT NULL,
    title_level      VARCHAR(32)  NOT NULL,
    post_level       VARCHAR(32)  NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT pk_dangan_subject PRIMARY KEY (id),
    CONSTRAINT uk_dangan_subject_citizen_id UNIQUE (citizen_id)
);

CREATE TABLE dangan_dossier (
    id            VARCHAR(64) COLLATE "C"  NOT NULL,
    subject_id    VARCHAR(64) COLLATE "C"  NOT NULL,
    custodian_id  VARCHAR(64) COLLATE "C"  NOT NULL,
    status        VARCHAR(32)  NOT NULL,
    tag_code      VARCHAR(256),
    location      VARCHAR(256),
    version       BIGINT       NOT NULL,
    CONSTRAINT pk_dangan_dossier PRIMARY KEY (id),
    CONSTRAINT uk_dangan_dossier_subject UNIQUE (subject_id),
    CONSTRAINT fk_dangan_dossier_subject FOREIGN KEY (subject_id) REFERENCES dangan_subject (id),
    CONSTRAINT fk_dangan_dossier_custodian FOREIGN KEY (custodian_id) REFERENCES dangan_unit (id)
);
CREATE INDEX ix_dangan_dossier_custodian ON dangan_dossier (custodian_id, id);

CREATE TABLE dangan_material (
    id             VARCHAR(64) COLLATE "C"  NOT NULL,
    dossier_id     VARCHAR(64) COLLATE "C"  NOT NULL,
    class_number   INTEGER      NOT NULL,
    sub_class      INTEGER      NOT NULL,
    title          VARCHAR(400) NOT NULL,
    type_code      VARCHAR(128),
    formed_date    DATE         NOT NULL,
    source_unit    VARCHAR(256) NOT NULL,
    received_date  DATE,
    pages          INTEGER      NOT NULL,
    status         VARCHAR(32)  NOT NULL,
    sequence_no    INTEGER      NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT pk_dangan_material PRIMARY KEY (id),
    CONSTRAINT fk_dangan_material_dossier FOREIGN KEY (dossier_id) REFERENCES dangan_dossier (id)
);
-- catalogue order (目录顺序) of one dossier, and lookups by dossier and category
CREATE INDEX ix_dangan_material_catalogue ON dangan_material (dossier_id, class_number, sub_class, sequence_no, id);

CREATE TABLE dangan_material_content (
    material_id  VARCHAR(64) COLLATE "C"  NOT NULL,
    ordinal      INTEGER      NOT NULL,
    file_name    VARCHAR(510) NOT NULL,
    media_type   VARCHAR(255) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    digests      VARCHAR(400) NOT NULL,
    CONSTRAINT pk_dangan_material_content PRIMARY KEY (material_id, ordinal),
    CONSTRAINT fk_dangan_material_content_material FOREIGN KEY (material_id) REFERENCES dangan_material (id)
);
