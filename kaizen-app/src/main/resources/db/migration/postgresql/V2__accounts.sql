-- Accounts: passwords (Argon2id hashes), sign-in sessions and personal access tokens.
-- Session ids and tokens are stored only as SHA-256 hashes: a copy of the database opens no account.

ALTER TABLE users ADD COLUMN password_hash TEXT;
ALTER TABLE users ADD COLUMN demo BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE sessions (
    id_hash    TEXT        PRIMARY KEY,
    user_id    BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE api_tokens (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       TEXT        NOT NULL,
    token_hash TEXT        NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);

-- Strength the day before its last day, so the Today page can show the day's change.
ALTER TABLE step_progress ADD COLUMN strength_day_before DOUBLE PRECISION NOT NULL DEFAULT 0
    CHECK (strength_day_before BETWEEN 0 AND 1);
