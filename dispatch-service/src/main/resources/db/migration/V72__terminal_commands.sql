-- Remote terminal commands (#11): what was asked of which terminal, by whom, who approved a dangerous one, and what
-- the terminal answered (through the gateway's downlink-replies stream). The row is the command's state; every step
-- is also in audit_log.
CREATE TABLE terminal_command (
    id              bigserial    PRIMARY KEY,
    terminal_id     bigint       NOT NULL REFERENCES terminal (id),
    phone           varchar(20)  NOT NULL,
    vehicle_id      bigint,
    org_path        varchar(255) NOT NULL,
    kind            varchar(32)  NOT NULL,
    msg_id          integer      NOT NULL,
    edition         varchar(8)   NOT NULL,
    request         jsonb        NOT NULL,
    body            bytea        NOT NULL,
    dangerous       boolean      NOT NULL,
    status          varchar(20)  NOT NULL CHECK (status IN ('REQUESTED', 'PENDING_APPROVAL', 'SENT', 'OK', 'FAILED',
                                                            'UNSUPPORTED', 'TIMEOUT', 'OFFLINE', 'REJECTED', 'EXPIRED')),
    requested_by_id bigint       NOT NULL,
    requested_by    varchar(64)  NOT NULL,
    requested_at    timestamptz  NOT NULL DEFAULT now(),
    expires_at      timestamptz,
    decided_by_id   bigint,
    decided_by      varchar(64),
    decided_at      timestamptz,
    decision_reason varchar(500),
    node            varchar(128),
    sent_at         timestamptz,
    settled_at      timestamptz,
    reply_msg_id    integer,
    reply_body      bytea,
    detail          varchar(500)
);
CREATE INDEX terminal_command_terminal ON terminal_command (terminal_id, id DESC);
CREATE INDEX terminal_command_scope ON terminal_command (org_path varchar_pattern_ops, status, id DESC);
CREATE INDEX terminal_command_pending ON terminal_command (expires_at) WHERE status = 'PENDING_APPROVAL';
