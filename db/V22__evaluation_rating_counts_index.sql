-- How many actions of each report stand under each rating (tracking.RatingCounts: the dashboard's trend charts,
-- a Party's trend, a meeting's overview) counted from this index alone, without visiting the evaluations'
-- rows: the unique (reporting_period_id, action_id) index finds them but not their ratings. Measured on the
-- 600 Parties x 10 meetings bench data (300,000 evaluations), one session: the dashboard's page of 96 reports
-- from 204 to 30 buffers (about 2.0 to 1.0-1.6 ms); a meeting's 600 reports from 4,731 buffers and 74 ms to
-- 36 buffers and 6 ms. The index is small (2.5 MB there): the many evaluations of a report that share a rating
-- are deduplicated.
create index evaluation_report_rating_idx on evaluation (reporting_period_id, progress_rating_id);
