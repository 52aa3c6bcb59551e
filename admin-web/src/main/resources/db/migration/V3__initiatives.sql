-- Social media initiatives: business case, risk management plan, CMB's decisions and closure.
-- A draft may leave the text of its business case empty (stored as '') and its planned period unset (NULL).
CREATE TABLE initiative (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    title               VARCHAR(200)  NOT NULL,
    sponsoring_area     VARCHAR(32)   NOT NULL REFERENCES business_area (code),
    submitter           VARCHAR(64)   NOT NULL REFERENCES employee (id),
    drafted_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    objectives          VARCHAR(4000) NOT NULL,
    audience            VARCHAR(2000) NOT NULL,
    resourcing          VARCHAR(4000) NOT NULL,
    measures_of_success VARCHAR(4000) NOT NULL,
    planned_start       DATE,
    planned_end         DATE,
    submission_count    INTEGER       NOT NULL,
    activated_at        TIMESTAMP WITH TIME ZONE,
    closed_by           VARCHAR(64),
    closing_reason      VARCHAR(2000),
    closed_at           TIMESTAMP WITH TIME ZONE,
    version             BIGINT        NOT NULL,
    CONSTRAINT initiative_planned_period CHECK (planned_end >= planned_start)
);
CREATE INDEX initiative_status ON initiative (status, drafted_at);
CREATE INDEX initiative_submitter ON initiative (submitter);

-- The business case's channels, in the order given.
CREATE TABLE initiative_channel (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    initiative_id VARCHAR(36)  NOT NULL REFERENCES initiative (id),
    list_index    INTEGER      NOT NULL,
    channel       VARCHAR(100) NOT NULL,
    CONSTRAINT initiative_channel_position UNIQUE (initiative_id, list_index)
);

-- Ordered lists are child rows that keep their position: saving updates a row in place, appends or drops
-- from the end, so (parent, list_index) stays unique at every statement.
-- The risk register of the risk management plan, in the order given.
CREATE TABLE initiative_risk (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    initiative_id VARCHAR(36)   NOT NULL REFERENCES initiative (id),
    list_index    INTEGER       NOT NULL,
    description   VARCHAR(1000) NOT NULL,
    likelihood    VARCHAR(20)   NOT NULL,
    consequence   VARCHAR(20)   NOT NULL,
    risk_owner    VARCHAR(64),
    monitoring    VARCHAR(1000) NOT NULL,
    CONSTRAINT initiative_risk_position UNIQUE (initiative_id, list_index)
);

CREATE TABLE initiative_risk_control (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    risk_id      VARCHAR(36)   NOT NULL REFERENCES initiative_risk (id),
    list_index   INTEGER       NOT NULL,
    control_text VARCHAR(1000) NOT NULL,
    CONSTRAINT initiative_risk_control_position UNIQUE (risk_id, list_index)
);

-- CMB's decisions, oldest first.
CREATE TABLE initiative_decision (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    initiative_id     VARCHAR(36)   NOT NULL REFERENCES initiative (id),
    list_index        INTEGER       NOT NULL,
    submission_number INTEGER       NOT NULL,
    outcome           VARCHAR(20)   NOT NULL,
    decision_maker    VARCHAR(64)   NOT NULL,
    reasons           VARCHAR(4000) NOT NULL,
    decided_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT initiative_decision_position UNIQUE (initiative_id, list_index)
);
