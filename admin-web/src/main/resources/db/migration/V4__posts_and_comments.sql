-- Official posts: content (media, sources, business areas spoken for and their consents), review, publication.
-- The compliance assessment a post was published with is stored with it (assessment_* columns and post_finding):
-- the record must show what was checked, against which version of the policy.
CREATE TABLE official_post (
    id                        VARCHAR(36)    NOT NULL PRIMARY KEY,
    account_id                VARCHAR(36)    NOT NULL REFERENCES social_media_account (id),
    author                    VARCHAR(64)    NOT NULL REFERENCES employee (id),
    drafted_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    post_text                 VARCHAR(20000) NOT NULL,
    status                    VARCHAR(20)    NOT NULL,
    approver                  VARCHAR(64),
    approved_at               TIMESTAMP WITH TIME ZONE,
    approval_note             VARCHAR(2000),
    rejection_reason          VARCHAR(2000),
    published_at              TIMESTAMP WITH TIME ZONE,
    assessment_policy_version VARCHAR(100),
    assessment_assessed_at    TIMESTAMP WITH TIME ZONE,
    assessment_content_digest VARCHAR(64),
    withdrawal_reason         VARCHAR(2000),
    version                   BIGINT         NOT NULL
);
CREATE INDEX official_post_account_status ON official_post (account_id, status, drafted_at);
CREATE INDEX official_post_author ON official_post (author);

CREATE TABLE post_contributor (
    post_id     VARCHAR(36) NOT NULL REFERENCES official_post (id),
    employee_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (post_id, employee_id)
);

CREATE TABLE post_speaks_for (
    post_id   VARCHAR(36) NOT NULL REFERENCES official_post (id),
    area_code VARCHAR(32) NOT NULL REFERENCES business_area (code),
    PRIMARY KEY (post_id, area_code)
);

-- Ordered lists are child rows that keep their position: saving updates a row in place, appends or drops
-- from the end, so (parent, list_index) stays unique at every statement.
CREATE TABLE post_media (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    post_id             VARCHAR(36)   NOT NULL REFERENCES official_post (id),
    list_index          INTEGER       NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    description         VARCHAR(500)  NOT NULL,
    alt_text            VARCHAR(1000) NOT NULL,
    captioned           BOOLEAN       NOT NULL,
    rights_cleared      BOOLEAN       NOT NULL,
    shows_branding      BOOLEAN       NOT NULL,
    CONSTRAINT post_media_position UNIQUE (post_id, list_index)
);

CREATE TABLE post_source (
    id         VARCHAR(36)   NOT NULL PRIMARY KEY,
    post_id    VARCHAR(36)   NOT NULL REFERENCES official_post (id),
    list_index INTEGER       NOT NULL,
    citation   VARCHAR(500)  NOT NULL,
    url        VARCHAR(2000) NOT NULL,
    CONSTRAINT post_source_position UNIQUE (post_id, list_index)
);

CREATE TABLE post_consent (
    id         VARCHAR(36)   NOT NULL PRIMARY KEY,
    post_id    VARCHAR(36)   NOT NULL REFERENCES official_post (id),
    list_index INTEGER       NOT NULL,
    area_code  VARCHAR(32)   NOT NULL REFERENCES business_area (code),
    given_by   VARCHAR(64)   NOT NULL,
    given_on   DATE          NOT NULL,
    advice     VARCHAR(2000) NOT NULL,
    CONSTRAINT post_consent_position UNIQUE (post_id, list_index)
);

-- Findings of the compliance assessment a post was published with; clause_id is PolicyClause's stable id.
CREATE TABLE post_finding (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    post_id      VARCHAR(36)   NOT NULL REFERENCES official_post (id),
    list_index   INTEGER       NOT NULL,
    category     VARCHAR(40)   NOT NULL,
    finding_type VARCHAR(200),
    severity     VARCHAR(20)   NOT NULL,
    span_start   INTEGER       NOT NULL,
    span_end     INTEGER       NOT NULL,
    rule_id      VARCHAR(200)  NOT NULL,
    clause_id    VARCHAR(100)  NOT NULL,
    advice       VARCHAR(2000) NOT NULL,
    CONSTRAINT post_finding_position UNIQUE (post_id, list_index)
);

-- Public comments on official accounts, their latest compliance screening and their moderation.
CREATE TABLE public_comment (
    id                        VARCHAR(36)     NOT NULL PRIMARY KEY,
    account_id                VARCHAR(36)     NOT NULL REFERENCES social_media_account (id),
    platform_reference        VARCHAR(200)    NOT NULL,
    author_name               VARCHAR(200)    NOT NULL,
    comment_text              VARCHAR(100000) NOT NULL,
    received_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    status                    VARCHAR(20)     NOT NULL,
    assessment_policy_version VARCHAR(100),
    assessment_assessed_at    TIMESTAMP WITH TIME ZONE,
    assessment_content_digest VARCHAR(64),
    moderation_kind           VARCHAR(20),
    moderation_text           VARCHAR(2000),
    moderation_channel        VARCHAR(20),
    moderation_hides          BOOLEAN,
    moderation_ground         VARCHAR(40),
    moderator                 VARCHAR(64),
    moderated_at              TIMESTAMP WITH TIME ZONE,
    version                   BIGINT          NOT NULL
);
CREATE INDEX public_comment_awaiting ON public_comment (account_id, status, received_at);

CREATE TABLE comment_finding (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    comment_id   VARCHAR(36)   NOT NULL REFERENCES public_comment (id),
    list_index   INTEGER       NOT NULL,
    category     VARCHAR(40)   NOT NULL,
    finding_type VARCHAR(200),
    severity     VARCHAR(20)   NOT NULL,
    span_start   INTEGER       NOT NULL,
    span_end     INTEGER       NOT NULL,
    rule_id      VARCHAR(200)  NOT NULL,
    clause_id    VARCHAR(100)  NOT NULL,
    advice       VARCHAR(2000) NOT NULL,
    CONSTRAINT comment_finding_position UNIQUE (comment_id, list_index)
);
