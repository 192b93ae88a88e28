/**
 * Access-policy test support (访问策略测试工具): fixture worlds of units, people, relatives, dossiers and
 * approvals, AssertJ assertions on decisions, and a contract an integrator runs against its own policy data.
 */
@NullMarked
package io.dangan.archive.testkit.access;

import org.jspecify.annotations.NullMarked;
