-- The employee directory's list, filtered by business area or employment type and sorted by name, a page at a
-- time: each filter with the sort order, so a page is read from the index rather than by sorting the table.
-- (The text filter looks inside names and emails, which no portable index serves; work_email is UNIQUE, so
-- indexed already, for the import's look-ups.)
CREATE INDEX employee_area_name ON employee (business_area, name, id);
CREATE INDEX employee_type_name ON employee (employment_type, name, id);
