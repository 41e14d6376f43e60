-- Where a person is and what they read: the language of their pages, the country whose help
-- lines they see (an ISO 3166-1 code, unknown until guessed or chosen), and the first day of
-- their week.
ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE users ADD COLUMN country TEXT;
ALTER TABLE users ADD COLUMN week_start TEXT NOT NULL DEFAULT 'MONDAY'
    CHECK (week_start IN ('MONDAY', 'SUNDAY'));
