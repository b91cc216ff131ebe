-- Console accounts (#11): an account has one or more roles. `account.role` stays the primary role the phone app
-- and the inbox routing read (a driver account is still tied to its driver); `account_role` holds every role.
ALTER TABLE account DROP CONSTRAINT IF EXISTS account_role_check;
ALTER TABLE account ALTER COLUMN role TYPE varchar(32);
ALTER TABLE account ADD CONSTRAINT account_role_check CHECK (role IN ('ADMINISTRATOR', 'DISPATCHER', 'SUPERVISOR',
    'COMPLAINT_HANDLER', 'REQUESTER', 'APPROVER', 'DRIVER'));

CREATE TABLE account_role (
    account_id bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       varchar(32) NOT NULL CHECK (role IN ('ADMINISTRATOR', 'DISPATCHER', 'SUPERVISOR', 'COMPLAINT_HANDLER',
                                                    'REQUESTER', 'APPROVER', 'DRIVER')),
    PRIMARY KEY (account_id, role)
);
INSERT INTO account_role (account_id, role) SELECT id, role FROM account;
