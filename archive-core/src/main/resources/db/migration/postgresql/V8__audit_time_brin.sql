-- Dangan (档案) schema, version 8: the audit log's time index as a block-range index (块范围索引).
-- PostgreSQL 12 or later. Records are appended in time order, so the rows of any time range lie in
-- consecutive blocks: a BRIN index on occurred_second finds them while costing a few bytes per 128 blocks and
-- almost nothing per insert, where the B-tree it replaces cost one index entry per record. Queries by time
-- are unchanged (a bitmap scan of the matching block ranges, rows filtered by the exact bounds).

DROP INDEX ix_dangan_audit_event_time;
CREATE INDEX ix_dangan_audit_event_time ON dangan_audit_event USING brin (occurred_second);
