-- Indexes for the list pages: the default order, each filter and each sortable column of the accounts list and the
-- authorisations register can be read in order from an index, so that a page of 20 rows costs the same however
-- large the tables grow (measured with admin-web/src/load/run-load-test.sh; see the README).
CREATE INDEX account_address_order ON social_media_account (handle_or_url, id);
CREATE INDEX account_state_address ON social_media_account (state, handle_or_url, id);
CREATE INDEX account_platform_address ON social_media_account (platform, handle_or_url, id);
CREATE INDEX account_area_order ON social_media_account (owning_area, id);
CREATE INDEX account_state_order ON social_media_account (state, id);
CREATE INDEX authorisation_until_order ON authorisation (valid_until, id);
CREATE INDEX authorisation_status_until ON authorisation (status, valid_until, id);
CREATE INDEX authorisation_holder_status ON authorisation (holder, status);
