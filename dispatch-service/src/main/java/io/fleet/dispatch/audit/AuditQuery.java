package io.fleet.dispatch.audit;

import java.time.Instant;

/** Filters of the audit log; every one optional except the scope (the caller's subtree). */
record AuditQuery(String orgPath, Instant from, Instant to, String actor, String action, String resourceType,
                  String resourceId, int page, int size) {
}
