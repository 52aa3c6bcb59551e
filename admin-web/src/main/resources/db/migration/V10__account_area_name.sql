-- The accounts list sorts by the owning business area's name. Joined and sorted at query time, that sort read and
-- ordered the whole account table for every page (1.5 s at 100,000 accounts). The area's name is kept on the
-- account instead, with an index in that order, so a page costs the same however large the table grows. A
-- business area keeps the name it was stored under (the employee import refuses to rename one), so the copy
-- cannot go stale.
ALTER TABLE social_media_account ADD COLUMN owning_area_name VARCHAR(200);
UPDATE social_media_account SET owning_area_name =
    (SELECT area.name FROM business_area area WHERE area.code = social_media_account.owning_area);
ALTER TABLE social_media_account ALTER COLUMN owning_area_name SET NOT NULL;
CREATE INDEX account_area_name_order ON social_media_account (owning_area_name, id);
