-- The audit trail names who acted and what they acted on, so that it reads in names rather than ids, and a thing's
-- page can show its history. Entries of chain version 2 hash these columns too; the entries written before keep
-- version 1, whose hash covers the columns they had, so filling in their subjects below does not break the chain.
ALTER TABLE audit_entry ADD COLUMN chain_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE audit_entry ADD COLUMN actor_name VARCHAR(200);
ALTER TABLE audit_entry ADD COLUMN subject_kind VARCHAR(30);
ALTER TABLE audit_entry ADD COLUMN subject_id VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN subject_label VARCHAR(300);

UPDATE audit_entry SET subject_kind = 'ACCOUNT', subject_id = target,
       subject_label = (SELECT a.handle_or_url FROM social_media_account a WHERE a.id = audit_entry.target)
 WHERE action_name LIKE 'account.%' AND target IN (SELECT id FROM social_media_account);
UPDATE audit_entry SET subject_kind = 'INITIATIVE', subject_id = target,
       subject_label = (SELECT i.title FROM initiative i WHERE i.id = audit_entry.target)
 WHERE action_name LIKE 'initiative.%' AND target IN (SELECT id FROM initiative);
UPDATE audit_entry SET subject_kind = 'AUTHORISATION', subject_id = target,
       subject_label = (SELECT a.holder_name FROM authorisation a WHERE a.id = audit_entry.target)
 WHERE action_name LIKE 'authorisation.%' AND target IN (SELECT id FROM authorisation);
UPDATE audit_entry SET subject_kind = 'USER', subject_id = target, subject_label = target
 WHERE action_name LIKE 'user.%' AND target IN (SELECT username FROM app_user);

-- A thing's page reads its history newest first; the audit page filters by action and by day.
CREATE INDEX audit_subject ON audit_entry (subject_kind, subject_id, seq);
CREATE INDEX audit_action ON audit_entry (action_name, seq);
