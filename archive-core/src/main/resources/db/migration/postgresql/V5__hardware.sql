-- Dangan (档案) schema, version 5: hardware — tag bindings (一人一档一码) and environment alerts (温湿度告警).
-- PostgreSQL 12 or later. Id and code columns use the "C" collation, so that they sort as Java's String.compareTo
-- does. Neither table refers to dangan_dossier: the tag registry and the environment monitor keep their own
-- records and name dossiers and sensors by id. Instants are kept as epoch second + nanosecond.

-- One row per tag code ever issued. The code is the primary key: a code belongs to one binding across all
-- dossiers, and a lookup by code (every read at a gate or during an inventory) is a primary-key read.
-- active_dossier_id holds the dossier's id while the binding is active and is NULL once it ended; its unique
-- constraint keeps a dossier at one active tag. Ended bindings stay as the dossier's history.
CREATE TABLE dangan_tag_binding (
    code               VARCHAR(128) COLLATE "C"  NOT NULL,
    dossier_id         VARCHAR(64) COLLATE "C"   NOT NULL,
    scheme             VARCHAR(128) COLLATE "C"  NOT NULL,
    serial             BIGINT        NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    issued_second      BIGINT        NOT NULL,
    issued_nano        INTEGER       NOT NULL,
    ended_second       BIGINT,
    ended_nano         INTEGER,
    reason             VARCHAR(1000),
    active_dossier_id  VARCHAR(64) COLLATE "C",
    version            BIGINT        NOT NULL,
    CONSTRAINT pk_dangan_tag_binding PRIMARY KEY (code),
    CONSTRAINT uk_dangan_tag_binding_active UNIQUE (active_dossier_id)
);
-- a dossier's history, oldest first
CREATE INDEX ix_dangan_tag_binding_dossier ON dangan_tag_binding (dossier_id, issued_second, issued_nano, serial);
-- the highest serial of a scheme, where a registry opened again continues
CREATE INDEX ix_dangan_tag_binding_serial ON dangan_tag_binding (scheme, serial);

-- One row per alert as its last change left it. serial is the number in the monitor's id (ENV-000042), NULL for
-- ids of another form; alert_value is NULL when no value applies (offline, device alarm).
CREATE TABLE dangan_env_alert (
    id                   VARCHAR(64) COLLATE "C"   NOT NULL,
    serial               BIGINT,
    sensor_id            VARCHAR(256)  NOT NULL,
    room                 VARCHAR(256)  NOT NULL,
    kind                 VARCHAR(32)   NOT NULL,
    measure              VARCHAR(32),
    severity             VARCHAR(16)   NOT NULL,
    state                VARCHAR(16)   NOT NULL,
    raised_second        BIGINT        NOT NULL,
    raised_nano          INTEGER       NOT NULL,
    alert_value          DOUBLE PRECISION,
    message              VARCHAR(1000) NOT NULL,
    acknowledged_by      VARCHAR(256),
    acknowledged_second  BIGINT,
    acknowledged_nano    INTEGER,
    cleared_second       BIGINT,
    cleared_nano         INTEGER,
    change_count         INTEGER       NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT pk_dangan_env_alert PRIMARY KEY (id)
);
-- the open alerts (state RAISED or ACKNOWLEDGED), oldest first
CREATE INDEX ix_dangan_env_alert_state ON dangan_env_alert (state, raised_second, raised_nano, id);
CREATE INDEX ix_dangan_env_alert_serial ON dangan_env_alert (serial);

-- One row per change of an alert, never updated: what happened, who, when, and the state it left.
CREATE TABLE dangan_env_alert_change (
    id               VARCHAR(80) COLLATE "C"   NOT NULL,
    alert_id         VARCHAR(64) COLLATE "C"   NOT NULL,
    ordinal          INTEGER       NOT NULL,
    change_kind      VARCHAR(16)   NOT NULL,
    actor            VARCHAR(256)  NOT NULL,
    occurred_second  BIGINT        NOT NULL,
    occurred_nano    INTEGER       NOT NULL,
    severity         VARCHAR(16)   NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    alert_value      DOUBLE PRECISION,
    message          VARCHAR(1000) NOT NULL,
    acknowledged_by  VARCHAR(256),
    cleared_second   BIGINT,
    cleared_nano     INTEGER,
    CONSTRAINT pk_dangan_env_alert_change PRIMARY KEY (id),
    CONSTRAINT uk_dangan_env_alert_change_ordinal UNIQUE (alert_id, ordinal),
    CONSTRAINT fk_dangan_env_alert_change_alert FOREIGN KEY (alert_id) REFERENCES dangan_env_alert (id)
);
