-- Dangan (档案) schema, version 7: stored subtrees of the audit log's Merkle tree (审计子树哈希).
-- H2 2.x. The log writes, in the transaction of the records that complete it, the RFC 6962
-- hash of every complete, aligned subtree of 256 records or more: level k, index i covers records
-- i*2^k+1 .. (i+1)*2^k. Checkpoints and proofs read O(log n) of these rows instead of every record. The rows
-- are derived data: the log rebuilds missing ones from the records when it opens, and verification names any
-- row that differs from the records.

CREATE TABLE dangan_audit_node (
    tree_level  INTEGER     NOT NULL,
    node_index  BIGINT      NOT NULL,
    node_hash   VARCHAR(64) NOT NULL,
    CONSTRAINT pk_dangan_audit_node PRIMARY KEY (tree_level, node_index)
);
