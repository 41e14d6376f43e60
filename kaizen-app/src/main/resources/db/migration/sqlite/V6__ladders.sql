-- A step without an amount climbs the person's own ladder: its rungs, as a JSON array of text.
ALTER TABLE steps ADD COLUMN rungs TEXT;
