-- Which thing each record is about (an account, an authorisation, an initiative, a post, a comment, a conduct
-- matter), noted when the record is asked for, so that the thing's page lists its records from an index.
CREATE TABLE record_subject (
    record_id    UUID        NOT NULL,
    subject_kind VARCHAR(30) NOT NULL,
    subject_id   VARCHAR(64) NOT NULL,
    PRIMARY KEY (subject_kind, subject_id, record_id)
);
CREATE INDEX record_subject_record ON record_subject (record_id);
