/**
 * Access policy (利用管理): principals, approvals (查阅/借阅审批), requests and the decisions the
 * decision point returns, with reasons and obligations. Default deny; a forbid beats a permit; nobody
 * acts on their own or a relative's dossier (回避).
 */
@NullMarked
package io.dangan.archive.access;

import org.jspecify.annotations.NullMarked;
