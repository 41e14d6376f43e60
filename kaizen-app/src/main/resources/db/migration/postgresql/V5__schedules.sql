-- Schedules beyond daily, written as the app writes them: 'daily', 'mon,thu', '3/7'.
ALTER TABLE steps DROP CONSTRAINT steps_schedule_check;
UPDATE steps SET schedule = 'daily';
ALTER TABLE steps ALTER COLUMN schedule SET DEFAULT 'daily';
ALTER TABLE steps ADD CONSTRAINT steps_schedule_check CHECK (length(schedule) BETWEEN 1 AND 40);

-- Which of the last 64 days had something done: a schedule of times in days reads its window from it.
ALTER TABLE step_progress ADD COLUMN strength_repetitions BIGINT NOT NULL DEFAULT 0;
