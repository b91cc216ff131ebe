package io.fleet.dispatch.audit;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** One row of the audit log as the API shows it. */
public record AuditEntry(long id, String at, Long accountId, String username, List<String> roles, String clientAddress,
                         String action, String resourceType, String resourceId, String orgPath, JsonNode before,
                         JsonNode after, String outcome) {
}
