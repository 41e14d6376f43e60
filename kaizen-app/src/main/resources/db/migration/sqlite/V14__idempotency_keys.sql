-- Idempotency keys: a request sent again with the same key (a check-in queued offline, sent twice)
-- gets the first answer back instead of being saved twice. The key is kept with a fingerprint of
-- the request it came with and the answer given, in the same transaction as the change itself,
-- and is forgotten after a week.
CREATE TABLE idempotency_keys (
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    idem_key    TEXT    NOT NULL CHECK (length(idem_key) BETWEEN 1 AND 255),
    fingerprint TEXT    NOT NULL,
    answer      TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    PRIMARY KEY (user_id, idem_key)
);
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (user_id, created_at);
