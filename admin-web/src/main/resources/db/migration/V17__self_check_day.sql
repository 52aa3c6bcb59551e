-- The personal-use self-check keeps nothing that was typed and nobody's name: only how many checks were made each
-- day (Canberra's day). The count is added to in the database (checks = checks + 1), so instances never lose one.
CREATE TABLE self_check_day (
    checked_on DATE   NOT NULL,
    checks     BIGINT NOT NULL,
    PRIMARY KEY (checked_on)
);
