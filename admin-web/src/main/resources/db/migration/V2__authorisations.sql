-- Authorisations to use social media officially: who may publish, respond, moderate... on which accounts, when.
-- status and status_changed_at repeat the last entry of the history, so that the "in force at" query can
-- leave out most rows without reading the history.
CREATE TABLE authorisation (
    id                    VARCHAR(36)  NOT NULL PRIMARY KEY,
    holder                VARCHAR(64)  NOT NULL REFERENCES employee (id),
    holder_role           VARCHAR(40)  NOT NULL,
    all_cmb_accounts      BOOLEAN      NOT NULL,
    valid_from            TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until           TIMESTAMP WITH TIME ZONE NOT NULL,
    training_course       VARCHAR(200),
    training_completed_on DATE,
    training_recorded_by  VARCHAR(64),
    granted_by            VARCHAR(64)  NOT NULL,
    granted_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    status                VARCHAR(20)  NOT NULL,
    status_changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT authorisation_period CHECK (valid_until > valid_from)
);
CREATE INDEX authorisation_holder ON authorisation (holder);
CREATE INDEX authorisation_valid_until ON authorisation (valid_until);

-- The accounts of a scope limited to named accounts (none when all_cmb_accounts).
CREATE TABLE authorisation_account (
    authorisation_id VARCHAR(36) NOT NULL REFERENCES authorisation (id),
    account_id       VARCHAR(36) NOT NULL REFERENCES social_media_account (id),
    PRIMARY KEY (authorisation_id, account_id)
);
CREATE INDEX authorisation_account_account ON authorisation_account (account_id);

CREATE TABLE authorisation_activity (
    authorisation_id VARCHAR(36) NOT NULL REFERENCES authorisation (id),
    activity         VARCHAR(40) NOT NULL,
    PRIMARY KEY (authorisation_id, activity)
);

-- The status history, oldest first (list_index 0 is the grant).
CREATE TABLE authorisation_status_change (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    authorisation_id VARCHAR(36)   NOT NULL REFERENCES authorisation (id),
    list_index       INTEGER       NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    CONSTRAINT authorisation_status_change_position UNIQUE (authorisation_id, list_index)
);
