-- Seeds the load-test department into the current schema (already migrated by the app at start).
-- psql -v scale=1 -f seed.sql: 10,000 x scale accounts, 50,000 x scale employees, 100,000 x scale authorisations.
-- Names, states and dates are spread the way a real department's would be, so that filters and sorts are realistic.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO business_area (code, name)
SELECT 'LA' || g, (ARRAY['Families', 'Housing', 'Disability', 'Ageing', 'Corporate', 'Policy', 'Programs',
                         'Data', 'Legal', 'People'])[1 + g % 10] || ' load area ' || g
FROM generate_series(1, 40) g;

INSERT INTO employee (id, name, work_email, business_area, employment_type, on_leave, version)
SELECT 'L' || lpad(g::text, 8, '0'),
       (ARRAY['Alex', 'Sam', 'Kim', 'Jo', 'Lee', 'Ria', 'Tom', 'Ana', 'Wren', 'Rory', 'Priya', 'Chris'])[1 + g % 12]
           || ' ' || (ARRAY['Nguyen', 'Smith', 'Brown', 'Wilson', 'Taylor', 'Martin', 'Lee', 'Chen', 'Walker',
                            'Evans', 'Collins', 'Sharma', 'Jones', 'Kelly'])[1 + (g / 12) % 14] || ' ' || g,
       'load.' || g || '@dss.gov.au',
       CASE WHEN g % 100 = 0 THEN 'CMB' ELSE 'LA' || (1 + g % 40) END,
       (ARRAY['ONGOING', 'ONGOING', 'ONGOING', 'NON_ONGOING', 'SECONDEE'])[1 + g % 5],
       g % 23 = 0, 0
FROM generate_series(1, 50000 * :scale) g;

INSERT INTO social_media_account (id, platform, other_platform_name, handle_or_url, purpose, owning_area,
                                  owning_area_name, administrator, initiative, state, proposed_at, privacy_next_due, version)
SELECT md5('account' || g)::uuid::text,
       (ARRAY['X_TWITTER', 'FACEBOOK', 'INSTAGRAM', 'LINKEDIN', 'YOUTUBE', 'FLICKR'])[1 + g % 6], '',
       -- Each address valid for its platform, as the domain checks it when an account is read.
       (ARRAY['@load' || g, 'https://www.facebook.com/loadpage' || g, '@load' || g,
              'https://www.linkedin.com/company/load-' || g, '@load' || g,
              'https://www.flickr.com/photos/load' || g])[1 + g % 6],
       'Load-test account ' || g || ' for programme updates',
       'LA' || (1 + g % 40),
       (ARRAY['Families', 'Housing', 'Disability', 'Ageing', 'Corporate', 'Policy', 'Programs', 'Data', 'Legal',
              'People'])[1 + (1 + g % 40) % 10] || ' load area ' || (1 + g % 40),
       'L' || lpad((100 * (1 + g % (500 * :scale)))::text, 8, '0'),
       '00000000-0000-0000-0000-000000000001',
       (ARRAY['ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'PROPOSED', 'SUSPENDED', 'DECOMMISSIONED',
              'ACTIVE'])[1 + g % 10],
       now() - (g % 1000) * interval '1 day',
       current_date + (g % 365 - 60),
       0
FROM generate_series(1, 10000 * :scale) g;

INSERT INTO authorisation (id, holder, holder_name, holder_role, all_cmb_accounts, valid_from, valid_until,
                           training_course, training_completed_on, training_recorded_by, granted_by, granted_at,
                           status, status_changed_at, version)
SELECT md5('authorisation' || g)::uuid::text,
       'L' || lpad((1 + abs(hashtext('holder' || g)) % (50000 * :scale))::text, 8, '0'),
       (SELECT e.name FROM employee e
        WHERE e.id = 'L' || lpad((1 + abs(hashtext('holder' || g)) % (50000 * :scale))::text, 8, '0')),
       CASE WHEN g % 20 = 0 THEN 'COMMUNICATION_ACCOUNT_MANAGER' ELSE 'AUTHORISED_CONTRIBUTOR' END,
       g % 20 = 0,
       now() - (g % 700) * interval '1 day',
       now() - (g % 700) * interval '1 day' + (60 + (g * 37) % 700) * interval '1 day',
       CASE WHEN g % 20 = 0 THEN NULL ELSE 'Official use of social media ' || (2020 + g % 6) END,
       CASE WHEN g % 20 = 0 THEN NULL ELSE current_date - (g % 700) - 3 END,
       CASE WHEN g % 20 = 0 THEN NULL ELSE 'C1001' END,
       'C1001',
       now() - (g % 700) * interval '1 day',
       (ARRAY['GRANTED', 'GRANTED', 'GRANTED', 'GRANTED', 'GRANTED', 'GRANTED', 'GRANTED', 'GRANTED', 'SUSPENDED',
              'REVOKED', 'GRANTED', 'GRANTED', 'GRANTED', 'GRANTED', 'GRANTED', 'GRANTED', 'GRANTED', 'GRANTED',
              'GRANTED', 'EXPIRED'])[1 + g % 20],
       now() - (g % 700) * interval '1 day',
       0
FROM generate_series(1, 100000 * :scale) g;

INSERT INTO authorisation_activity (authorisation_id, activity)
SELECT md5('authorisation' || g)::uuid::text, 'PUBLISH' FROM generate_series(1, 100000 * :scale) g;
INSERT INTO authorisation_activity (authorisation_id, activity)
SELECT md5('authorisation' || g)::uuid::text, 'RESPOND' FROM generate_series(1, 100000 * :scale) g WHERE g % 3 = 0;

INSERT INTO authorisation_account (authorisation_id, account_id)
SELECT md5('authorisation' || g)::uuid::text, md5('account' || (1 + g % (10000 * :scale)))::uuid::text
FROM generate_series(1, 100000 * :scale) g WHERE g % 20 <> 0;

INSERT INTO authorisation_status_change (id, authorisation_id, list_index, status, changed_at, reason)
SELECT md5('change' || g)::uuid::text, md5('authorisation' || g)::uuid::text, 0, 'GRANTED',
       now() - (g % 700) * interval '1 day', 'granted'
FROM generate_series(1, 100000 * :scale) g;

-- Official posts: 100,000 x scale, on the accounts, by their employees, in every state (half published, as a
-- department's history would be), a tenth of them in review.
INSERT INTO official_post (id, account_id, author, drafted_at, post_text, status, approver, approved_at,
                           approval_note, rejection_reason, published_at, assessment_policy_version,
                           assessment_assessed_at, assessment_content_digest, withdrawal_reason, reviewed_text,
                           publish_at, published_address, version)
SELECT md5('post' || g)::uuid::text,
       md5('account' || (1 + g % (10000 * :scale)))::uuid::text,
       'L' || lpad((1 + abs(hashtext('author' || g)) % (50000 * :scale))::text, 8, '0'),
       now() - (g % 20000) * interval '1 hour',
       'Load post ' || g || ': applications for the Family Support Program open on Monday; read how to apply at'
           || ' https://www.dss.gov.au/load/' || g,
       st.status,
       CASE WHEN st.status IN ('APPROVED', 'PUBLISHED') THEN 'C1001' END,
       CASE WHEN st.status IN ('APPROVED', 'PUBLISHED') THEN now() - (g % 20000) * interval '1 hour' END,
       CASE WHEN st.status IN ('APPROVED', 'PUBLISHED') THEN '' END,
       CASE WHEN st.status = 'REJECTED' THEN 'Say when it starts' END,
       CASE WHEN st.status = 'PUBLISHED' THEN now() - (g % 20000) * interval '1 hour' END,
       CASE WHEN st.status = 'PUBLISHED' THEN '2026.12-1' END,
       CASE WHEN st.status = 'PUBLISHED' THEN now() - (g % 20000) * interval '1 hour' END,
       CASE WHEN st.status = 'PUBLISHED' THEN md5('a' || g) || md5('b' || g) END,
       CASE WHEN st.status = 'WITHDRAWN' THEN 'No longer needed' END,
       CASE WHEN st.status IN ('APPROVED', 'PUBLISHED', 'REJECTED') THEN 'Load post ' || g END,
       CASE WHEN st.status = 'APPROVED' AND g % 2 = 0 THEN now() + (g % 500) * interval '1 hour' END,
       NULL,
       0
FROM generate_series(1, 100000 * :scale) g
CROSS JOIN LATERAL (SELECT (ARRAY['PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'DRAFT',
                                  'SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'])[1 + g % 10] AS status) st;

INSERT INTO post_contributor (post_id, employee_id)
SELECT id, author FROM official_post WHERE id <> '' AND post_text LIKE 'Load post %';
COMMIT;
-- As autovacuum would on a live database: statistics and the visibility map, which index-only scans need. (With
-- ANALYZE alone, PostgreSQL read the table for the filtered register's bounded count: 60 ms at x10.)
VACUUM ANALYZE;
