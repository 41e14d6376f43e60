-- Schedules beyond daily, written as the app writes them: 'daily', 'mon,thu', '3/7'.
-- SQLite cannot change a CHECK in place; every step so far was daily.
ALTER TABLE steps DROP COLUMN schedule;
ALTER TABLE steps ADD COLUMN schedule TEXT NOT NULL DEFAULT 'daily' CHECK (length(schedule) BETWEEN 1 AND 40);

-- Which of the last 64 days had something done: a schedule of times in days reads its window from it.
ALTER TABLE step_progress ADD COLUMN strength_repetitions INTEGER NOT NULL DEFAULT 0;
