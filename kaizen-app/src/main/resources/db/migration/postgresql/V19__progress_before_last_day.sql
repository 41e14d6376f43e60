-- The progress a step's last check-in was recorded on, as JSON, when that check-in was added on top of
-- the history; null after a replay or a choice. A correction of that same day is recorded on it again
-- instead of replaying every day (see KeptProgress).
ALTER TABLE step_progress ADD COLUMN before_last_day TEXT;
