-- Users of the admin app, each linked to the employee they are, with PBKDF2 password hashes.
CREATE TABLE app_user (
    username             VARCHAR(64)  NOT NULL PRIMARY KEY,
    employee_id          VARCHAR(64)  NOT NULL REFERENCES employee (id),
    password_hash        VARCHAR(600) NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    enabled              BOOLEAN      NOT NULL,
    version              BIGINT       NOT NULL
);
CREATE INDEX app_user_employee ON app_user (employee_id);

CREATE TABLE app_user_role (
    username  VARCHAR(64) NOT NULL REFERENCES app_user (username),
    role_name VARCHAR(40) NOT NULL,
    PRIMARY KEY (username, role_name)
);

-- The audit trail: append-only, each entry chained to the one before by a SHA-256 hash.
CREATE TABLE audit_entry (
    seq           BIGINT        NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(64)   NOT NULL,
    action_name   VARCHAR(100)  NOT NULL,
    target        VARCHAR(200)  NOT NULL,
    outcome       VARCHAR(20)   NOT NULL,
    detail        VARCHAR(4000) NOT NULL,
    previous_hash VARCHAR(64)   NOT NULL,
    entry_hash    VARCHAR(64)   NOT NULL
);
CREATE INDEX audit_occurred ON audit_entry (occurred_at);
CREATE INDEX audit_actor ON audit_entry (actor);

-- The head of the chain: one row, locked by every append so that appends are serialised across instances.
CREATE TABLE audit_head (
    id        INTEGER     NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
