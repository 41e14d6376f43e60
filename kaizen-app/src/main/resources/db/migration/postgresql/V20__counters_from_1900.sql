-- A days-since counter counts from 1900-01-01 at the earliest (AimDraft); one saved before that rule
-- (a mistyped year) starts there, so its aim can be changed and exported again.
UPDATE aims SET counter_from = DATE '1900-01-01' WHERE counter_from < DATE '1900-01-01';
