-- Employees and business areas, as the department's directory knows them.
CREATE TABLE business_area (
    code        VARCHAR(32)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL
);

CREATE TABLE employee (
    id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    work_email      VARCHAR(254) NOT NULL UNIQUE,
    business_area   VARCHAR(32)  NOT NULL REFERENCES business_area (code),
    employment_type VARCHAR(20)  NOT NULL,
    on_leave        BOOLEAN      NOT NULL,
    version         BIGINT       NOT NULL
);
CREATE INDEX employee_name ON employee (name);
CREATE INDEX employee_area ON employee (business_area);

INSERT INTO business_area (code, name) VALUES ('CMB', 'Communication and Media Branch');
INSERT INTO business_area (code, name) VALUES ('PB-WRC', 'Workplace Relations and Conduct Section, People Branch');

-- Official social media accounts.
CREATE TABLE social_media_account (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    platform             VARCHAR(30)   NOT NULL,
    other_platform_name  VARCHAR(100)  NOT NULL,
    handle_or_url        VARCHAR(300)  NOT NULL,
    purpose              VARCHAR(1000) NOT NULL,
    owning_area          VARCHAR(32)   NOT NULL REFERENCES business_area (code),
    administrator        VARCHAR(64)   NOT NULL REFERENCES employee (id),
    initiative           VARCHAR(36)   NOT NULL,
    state                VARCHAR(20)   NOT NULL,
    proposed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    decommission_reason  VARCHAR(2000),
    privacy_reviewed_on  DATE,
    privacy_reviewer     VARCHAR(64),
    privacy_next_due     DATE,
    privacy_notes        VARCHAR(2000),
    branding_approved_by VARCHAR(64),
    branding_approved_at TIMESTAMP WITH TIME ZONE,
    branding_description VARCHAR(500),
    version              BIGINT        NOT NULL,
    CONSTRAINT account_address UNIQUE (platform, handle_or_url)
);
CREATE INDEX account_state ON social_media_account (state);
CREATE INDEX account_administrator ON social_media_account (administrator);
CREATE INDEX account_privacy_due ON social_media_account (privacy_next_due);
