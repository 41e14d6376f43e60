-- Web Push. The installation's VAPID key pair (RFC 8292): one row, made by whichever instance
-- starts first (INSERT … ON CONFLICT DO NOTHING), so every instance signs with the same key.
-- public_key is the uncompressed P-256 point, base64url (what a browser takes as applicationServerKey);
-- private_key is its PKCS #8 encoding, base64url.
CREATE TABLE push_keys (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    public_key  TEXT NOT NULL,
    private_key TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

-- A browser's push subscription: where to post a person's reminders for one device, and the
-- keys (RFC 8291) to encrypt them for it. The endpoint is a secret of its own: never logged.
CREATE TABLE push_subscriptions (
    user_id    BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    endpoint   TEXT    NOT NULL CHECK (length(endpoint) <= 2000),
    p256dh     TEXT    NOT NULL,
    auth       TEXT    NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, endpoint)
);
CREATE INDEX push_subscriptions_endpoint ON push_subscriptions (endpoint);
