package io.fleet.dispatch.account;

/**
 * What a person may do. The names are the security contract's (tokens carry them in {@code groups}); what each role
 * may call is decided in one place, {@code io.fleet.dispatch.security.Permissions}.
 */
public enum AccountRole {
    /** Runs the installation for an organisation's subtree: organisations, accounts, the registry. */
    ADMINISTRATOR,
    /** Assigns cars and drivers to requests, plans days, manages drivers' shifts. */
    DISPATCHER,
    /** Reviews private-use alarms and keeps the supervision rules, calendar and fences. */
    SUPERVISOR,
    /** Handles citizens' complaints. */
    COMPLAINT_HANDLER,
    /** Requests cars for a unit and follows them. */
    REQUESTER,
    /** Approves or rejects the requests of an organisation's subtree. */
    APPROVER,
    /** Runs trips; the account is tied to one driver record. */
    DRIVER
}
