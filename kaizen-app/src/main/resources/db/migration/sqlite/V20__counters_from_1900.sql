-- A days-since counter counts from 1900-01-01 at the earliest (AimDraft); one saved before that rule
-- (a mistyped year, or year -999999999) starts there, so its aim can be changed and exported again.
UPDATE aims SET counter_from = '1900-01-01' WHERE counter_from < '1900-01-01';
