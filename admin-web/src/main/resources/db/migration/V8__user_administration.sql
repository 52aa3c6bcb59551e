-- User administration: one user per employee, so that every action is the act of one known person.
ALTER TABLE app_user ADD CONSTRAINT app_user_one_per_employee UNIQUE (employee_id);
DROP INDEX app_user_employee;

-- User names are lower case, which makes the primary key unique whatever the case typed.
ALTER TABLE app_user ADD CONSTRAINT app_user_username_lower CHECK (username = LOWER(username));

-- The users page filters by role.
CREATE INDEX app_user_role_by_role ON app_user_role (role_name);
