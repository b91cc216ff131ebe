package io.fleet.dispatch.audit;

import java.util.List;

/** A page of the audit log, newest first; {@code more} tells whether a next page has rows. */
public record AuditPage(List<AuditEntry> items, int page, int size, boolean more) {
}
