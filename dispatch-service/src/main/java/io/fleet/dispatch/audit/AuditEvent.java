package io.fleet.dispatch.audit;

/**
 * One thing done, for the audit log: the action (upper-case verb, e.g. ASSIGN, CONFIRM, SIGN_IN), the resource it
 * was done to (type, id) and that resource's organisation path (whose subtree may read the row), the resource
 * before and after (any JSON-able value, null when there is none), and the outcome (OK unless said otherwise).
 */
public record AuditEvent(String action, String resourceType, Object resourceId, String orgPath, Object before,
                         Object after, String outcome) {

    public static AuditEvent of(String action, String resourceType, Object resourceId, String orgPath) {
        return new AuditEvent(action, resourceType, resourceId, orgPath, null, null, "OK");
    }

    public AuditEvent change(Object before, Object after) {
        return new AuditEvent(action, resourceType, resourceId, orgPath, before, after, outcome);
    }

    public AuditEvent outcome(String outcome) {
        return new AuditEvent(action, resourceType, resourceId, orgPath, before, after, outcome);
    }

    /**
     * The deepest organisation path above both (the path itself when they are equal): a record moved from one
     * organisation to another is logged where both subtrees' auditors see it.
     */
    public static String commonPath(String a, String b) {
        String path = a.length() <= b.length() ? a : b;
        String other = path == a ? b : a;
        while (!other.startsWith(path)) {
            path = path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
        }
        return path;
    }
}
