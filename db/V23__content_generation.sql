-- The content's generation: one number that every committed change of the content raises (Parties, meetings,
-- scales and mappings, plans and their actions, reports, their evaluations, submissions, moves, comments and the
-- Secretariat's assessments). What is computed from the content alone (the dashboard, the list of Parties, a
-- Party's page, a draft as read) can then be kept under the generation it was read at, and asked again with one
-- cheap statement. Every instance reads the same number, so none keeps what another has changed.
--
-- Not content: accounts, sessions, API tokens, the sign-in throttle, uploads waiting for an import, the kept
-- files, and Flyway's own history. model.ContentGenerationTest fails for a new table that is neither.
create table content_generation (
    id         boolean primary key default true check (id),
    generation bigint  not null
);
insert into content_generation (generation) values (1);

-- Raised once per transaction, at its commit (the triggers below are deferred): the row's lock is then the last
-- one a writing transaction takes, so it cannot be part of a deadlock, and it is held only while the transaction
-- commits. A reader that reads the generation before the content never keeps old content under a new number.
create function content_changed() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('niap.content_changed', true), '') <> 'yes' then
        perform set_config('niap.content_changed', 'yes', true);
        update content_generation set generation = generation + 1;
    end if;
    return null;
end
$$;

do $$
declare
    t text;
begin
    foreach t in array array['party', 'party_change', 'meeting', 'rating_scale', 'progress_rating', 'rating_mapping',
                             'rating_mapping_entry', 'plan_revision', 'pillar', 'niap_action', 'action_lineage',
                             'action_merge', 'reporting_period', 'evaluation', 'report_change', 'report_submission',
                             'report_transition', 'review_comment', 'secretariat_assessment'] loop
        execute format('create constraint trigger content_changed after insert or update or delete on %I '
                       'deferrable initially deferred for each row execute function content_changed()', t);
    end loop;
end
$$;
