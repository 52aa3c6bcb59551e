-- Review and publication of official posts: the text its last reviewer saw (for the next reviewer's comparison),
-- the warnings the approver acknowledged one by one, the time an approved post publishes itself, why a scheduled
-- publication did not happen, where the published post lives on its platform, and whether CMB approved the
-- branding a media item shows.
ALTER TABLE official_post ADD COLUMN reviewed_text VARCHAR(20000);
ALTER TABLE official_post ADD COLUMN publish_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE official_post ADD COLUMN publication_refusal VARCHAR(2000);
ALTER TABLE official_post ADD COLUMN published_address VARCHAR(2000);
ALTER TABLE post_media ADD COLUMN branding_approved BOOLEAN DEFAULT FALSE NOT NULL;

-- Scheduled posts are found by their time; the list is newest first, by state (the review queue) or not.
CREATE INDEX official_post_publish_at ON official_post (publish_at);
CREATE INDEX official_post_drafted ON official_post (drafted_at);
CREATE INDEX official_post_status_drafted ON official_post (status, drafted_at);

CREATE TABLE post_acknowledgement (
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
    CONSTRAINT post_acknowledgement_position UNIQUE (post_id, list_index)
);

-- Refusals of the business areas a post speaks for, since the post last changed (an edit clears them).
CREATE TABLE post_consent_refusal (
    id         VARCHAR(36)   NOT NULL PRIMARY KEY,
    post_id    VARCHAR(36)   NOT NULL REFERENCES official_post (id),
    list_index INTEGER       NOT NULL,
    area_code  VARCHAR(32)   NOT NULL REFERENCES business_area (code),
    refused_by VARCHAR(64)   NOT NULL,
    refused_at TIMESTAMP WITH TIME ZONE NOT NULL,
    note       VARCHAR(2000) NOT NULL,
    CONSTRAINT post_consent_refusal_position UNIQUE (post_id, list_index)
);
-- Who may answer for an area finds the drafts that speak for it.
CREATE INDEX post_speaks_for_area ON post_speaks_for (area_code);
