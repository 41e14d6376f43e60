-- Rate limits on guessing: wrong passwords counted per username (as typed, known or not) and per
-- client address, and sign-ups per address, in the database so every instance shares the count.
-- The subject is kept only as a SHA-256 hash of its kind and value. A row is forgotten an hour
-- after its last try; a successful sign-in forgets its username's row.
CREATE TABLE rate_limits (
    kind     TEXT    NOT NULL,
    subject  TEXT    NOT NULL,
    tries    INTEGER NOT NULL CHECK (tries >= 1),
    last_at  TEXT    NOT NULL,
    PRIMARY KEY (kind, subject)
);
CREATE INDEX rate_limits_by_age ON rate_limits (last_at);

-- Sign-ins end after some hours without use (the idle timeout), on top of their 30 days. Written
-- at most every few minutes, so reading pages stays a read.
ALTER TABLE sessions ADD COLUMN last_seen_at TEXT;
UPDATE sessions SET last_seen_at = created_at;
