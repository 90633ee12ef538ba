-- Carrying a report forward (issue 9): each evaluation of the new draft remembers the rating its action
-- had in the report it was carried from, on that report's scale. Where the scales differ, the rating was
-- mapped (rating_mapping) or, where the mapping gives none, the action needs a new rating: the editor
-- says which.
alter table evaluation add column carried_rating_id bigint references progress_rating (id);
alter table reporting_period add column carried_from_id bigint references reporting_period (id) on delete set null;
