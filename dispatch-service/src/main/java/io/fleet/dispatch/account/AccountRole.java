package io.fleet.dispatch.account;

/** What a person does from the phone. The security work (#11) adds the console's roles here. */
public enum AccountRole {
    /** Runs trips; the account is tied to one driver record. */
    DRIVER,
    /** Requests cars for a unit and follows them. */
    REQUESTER,
    /** Approves or rejects the requests of an organisation's subtree. */
    APPROVER
}
