-- Dangan (档案) schema, version 8: the audit log's time index on occurred_second alone, as on PostgreSQL,
-- where it becomes a block-range index (块范围索引). H2 has no block-range indexes: here it stays a B-tree.

DROP INDEX ix_dangan_audit_event_time;
CREATE INDEX ix_dangan_audit_event_time ON dangan_audit_event (occurred_second);
