-- The authorisation register is ordered by the holder's name by default and can be filtered by status or role.
-- Joined and sorted at query time, a filtered page read every matching authorisation and sorted it by the joined
-- name (0.6 s at 1,000,000 authorisations). The holder's name is kept on the authorisation instead, with indexes in
-- that order, so a page costs the same however large the register grows. The copy follows the employee: saving an
-- authorisation copies the name, and renaming an employee (the directory, the CSV import) updates their
-- authorisations in the same transaction.
ALTER TABLE authorisation ADD COLUMN holder_name VARCHAR(200);
UPDATE authorisation SET holder_name =
    (SELECT employee.name FROM employee WHERE employee.id = authorisation.holder);
ALTER TABLE authorisation ALTER COLUMN holder_name SET NOT NULL;
CREATE INDEX authorisation_name_order ON authorisation (holder_name, id);
CREATE INDEX authorisation_status_name ON authorisation (status, holder_name, id);
CREATE INDEX authorisation_role_name ON authorisation (holder_role, holder_name, id);
