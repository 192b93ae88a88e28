-- Dangan (档案) schema, version 3: integrity (dossier seals and their Merkle leaves), append-only.
-- PostgreSQL 12+. Binary values (root, signature, token, proof hashes, leaf bytes) are lower-case hex text;
-- the leaf and statement encodings are specified in docs/seal-format.md.

CREATE TABLE dangan_seal (
    dossier_id           VARCHAR(64) COLLATE "C" NOT NULL,
    version              INTEGER       NOT NULL,
    kind                 VARCHAR(16)   NOT NULL,
    previous_size        BIGINT        NOT NULL,
    tree_size            BIGINT        NOT NULL,
    digest_algorithm     VARCHAR(16)   NOT NULL,
    root                 VARCHAR(128)  NOT NULL,
    signature_algorithm  VARCHAR(32)   NOT NULL,
    key_id               VARCHAR(64)   NOT NULL,
    sealed_at_seconds    BIGINT        NOT NULL,
    sealed_at_nanos      INTEGER       NOT NULL,
    reason               VARCHAR(1000),
    signature            VARCHAR(1024) NOT NULL,
    timestamp_token      VARCHAR(65536),
    consistency_proof    VARCHAR(16384) NOT NULL,
    CONSTRAINT pk_dangan_seal PRIMARY KEY (dossier_id, version),
    CONSTRAINT fk_dangan_seal_dossier FOREIGN KEY (dossier_id) REFERENCES dangan_dossier (id)
);

CREATE TABLE dangan_seal_leaf (
    dossier_id    VARCHAR(64) COLLATE "C" NOT NULL,
    leaf_index    BIGINT        NOT NULL,
    material_id   VARCHAR(64) COLLATE "C" NOT NULL,
    revision      INTEGER       NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    seal_version  INTEGER       NOT NULL,
    encoded       VARCHAR(1000000) NOT NULL,
    CONSTRAINT pk_dangan_seal_leaf PRIMARY KEY (dossier_id, leaf_index),
    CONSTRAINT fk_dangan_seal_leaf_dossier FOREIGN KEY (dossier_id) REFERENCES dangan_dossier (id)
);
CREATE INDEX ix_dangan_seal_leaf_material ON dangan_seal_leaf (material_id, leaf_index);
