-- Accounts filtered by state and platform at once: the count ("up to 10,000") read the state's index and then
-- every matching row from the table to test its platform (3,333 table reads at 100,000 accounts, 64 ms cold),
-- so the page grew with the table. With both in one index the count is read from the index alone and the page's
-- rows come in address order straight from it.
CREATE INDEX account_state_platform_address ON social_media_account (state, platform, handle_or_url, id);
