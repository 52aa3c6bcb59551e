-- The records outbox (records-adapter): one row per record asked for, written in the same transaction as the change
-- that caused it. From this version on the app's own migrations own the table, so that the app's database has one
-- migration history. Before, the adapter created it at start with its own runner and history table
-- (records_schema_history): hence IF NOT EXISTS, so that such a database migrates cleanly and keeps its records,
-- and the adapter's history, which no one will read again, is dropped.
-- The same columns, constraint and indexes as the adapter's db/records/V1__record_outbox.sql, which the records CLI
-- applies to a standalone database; RecordsOutboxMigrationTest checks that both create the same table. A change to
-- the outbox is a new migration here and a new one there.
CREATE TABLE IF NOT EXISTS record_outbox (
    event_id         UUID                     NOT NULL PRIMARY KEY,
    record_type      VARCHAR(64)              NOT NULL,
    event_type       VARCHAR(128)             NOT NULL,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    title            VARCHAR(1000)            NOT NULL,
    description      VARCHAR(4000)            NOT NULL,
    agent_id         VARCHAR(64),
    classification   VARCHAR(64)              NOT NULL,
    marker           VARCHAR(64),
    related          VARCHAR(8000)            NOT NULL,
    event_json       TEXT                     NOT NULL,
    rendition        TEXT                     NOT NULL,
    json_sha256      CHAR(64)                 NOT NULL,
    status           VARCHAR(16)              NOT NULL,
    attempts         INTEGER                  NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_owner      VARCHAR(128),
    lease_until      TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(4000),
    last_attempt_at  TIMESTAMP WITH TIME ZONE,
    receipts         VARCHAR(4000),
    captured_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT record_outbox_status CHECK (status IN ('PENDING', 'CAPTURED', 'FAILED'))
);

CREATE INDEX IF NOT EXISTS record_outbox_due ON record_outbox (status, next_attempt_at);

CREATE INDEX IF NOT EXISTS record_outbox_occurred ON record_outbox (occurred_at);

DROP TABLE IF EXISTS records_schema_history;
