-- Personal access tokens: when each was last used (recorded at most once an hour, so reading the
-- API does not write on every call) and when it stops working (NULL: never).
ALTER TABLE api_tokens ADD COLUMN last_used_at TEXT;
ALTER TABLE api_tokens ADD COLUMN expires_at TEXT;
