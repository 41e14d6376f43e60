-- How a person's pages look: as their device prefers (light or dark), or always light or dark.
ALTER TABLE users ADD COLUMN theme TEXT NOT NULL DEFAULT 'DEVICE'
    CHECK (theme IN ('DEVICE', 'LIGHT', 'DARK'));
