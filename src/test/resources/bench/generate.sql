-- Generated data for tests and the benchmark (issue 10, "Scale and speed"): N Parties, each with a plan of
-- A actions (pillars of ten) and reports to M meetings of its own, every action rated: by default
-- 600 Parties x 50 actions x 10 meetings = 300,000 evaluations, with the Secretariat's own ratings.
--
-- Settings (all optional), read with current_setting so that the same file runs from psql and from JDBC:
--   niap_bench.parties (600), niap_bench.actions (50), niap_bench.meetings (10),
--   niap_bench.first_meeting (100: the meetings are SC100, SC101, ...).
-- From psql, against a running app's database:
--   PGOPTIONS='-c niap_bench.parties=600' psql -h localhost -p <port> -U postgres -f generate.sql
-- From Java: org.niaptracker.test.BenchData.generate(jdbc, parties, actions, meetings).
--
-- What it makes, deterministically (the same settings give the same data):
-- * Parties with two-letter codes not yet taken (AA, AB, ...), categories A, B, C in turn, mostly
--   implementing (every 9th requested, every 11th exited); one adopted plan revision each.
-- * Meetings about 180 days apart, the last one's report due 120 days ago; the first two on the SC65
--   scale (four ratings), the others on the SC69 scale (six ratings).
-- * A published report to every meeting but the last, about one in four sent after the due date; to the
--   last meeting, by the Party's number: none (overdue), a draft (overdue), submitted, accepted, or
--   published. Every 4th Party's Secretariat ratings stay unpublished.
-- * Ratings that improve from meeting to meeting; every 25th Party has every action achieved or
--   substantially achieved in its last two reports (in its own and the Secretariat's ratings). A draft
--   leaves every third action unrated. The Secretariat rates every action of every report that is not a
--   draft, one step worse than the Party on every 7th action.
-- Triggers check every row as for any other writer.

drop table if exists bench, bench_party, bench_meeting, bench_rating;

create temp table bench as
select coalesce(nullif(current_setting('niap_bench.parties', true), ''), '600')::int as parties,
       coalesce(nullif(current_setting('niap_bench.actions', true), ''), '50')::int as actions,
       coalesce(nullif(current_setting('niap_bench.meetings', true), ''), '10')::int as meetings,
       coalesce(nullif(current_setting('niap_bench.first_meeting', true), ''), '100')::int as first_meeting;

create temp table bench_party as
select row_number() over (order by c.code)::int as p, c.code
  from (select chr(65 + i) || chr(65 + j) as code from generate_series(0, 25) i, generate_series(0, 25) j) c
 where not exists (select 1 from party x where x.code = c.code)
 order by c.code
 limit (select parties from bench);

insert into meeting (code, number, starts_on, report_due_on, rating_scale_id)
select 'SC' || (b.first_meeting + k - 1), b.first_meeting + k - 1,
       current_date - ((b.meetings - k) * 180 + 30), current_date - ((b.meetings - k) * 180 + 120),
       (select s.id from rating_scale s where s.code = case when k <= 2 then 'SC65' else 'SC69' end)
  from bench b, generate_series(1, b.meetings) k;

create temp table bench_meeting as
select m.id, m.number - b.first_meeting + 1 as k, m.report_due_on as due, m.rating_scale_id as scale_id
  from meeting m, bench b
 where m.number between b.first_meeting and b.first_meeting + b.meetings - 1;

insert into party (code, name, category, category_since, process_status, process_status_since)
select bp.code, 'Generated Party ' || bp.code, chr(65 + (bp.p - 1) % 3), 'SC69',
       case when bp.p % 11 = 0 then 'EXITED' when bp.p % 9 = 0 then 'REQUESTED' else 'IMPLEMENTING' end, 'SC69'
  from bench_party bp;

insert into plan_revision (party_id, number, created_by_name)
select x.id, 1, 'generator' from party x join bench_party bp on bp.code = x.code;

insert into pillar (party_id, plan_revision_id, number, name)
select r.party_id, r.id, n, 'Pillar ' || n
  from plan_revision r join party x on x.id = r.party_id join bench_party bp on bp.code = x.code, bench b,
       generate_series(1, (b.actions + 9) / 10) n;

insert into niap_action (pillar_id, number, position, title)
select pl.id, pl.number || '.' || n, n, 'Action ' || pl.number || '.' || n || ': a generated action'
  from pillar pl join party x on x.id = pl.party_id join bench_party bp on bp.code = x.code, bench b,
       generate_series(1, 10) n
 where (pl.number - 1) * 10 + n <= b.actions;

update plan_revision r set status = 'ADOPTED', adopted_on = current_date - 3650, adopted_by_name = 'generator'
  from party x join bench_party bp on bp.code = x.code
 where r.party_id = x.id and r.status = 'DRAFT';

-- p % 10 on the last meeting: 0 no report, 1 draft, 2 submitted, 3 accepted, else published.
insert into reporting_period (party_id, meeting_id, status, document_ref, annex_ref, period_start, period_end,
                              prepared_by, synopsis, progress_to_date, future_outlook, submitted_on,
                              assessment_published)
select x.id, bm.id, s.status,
       case when s.status = 'PUBLISHED' then 'SC' || (b.first_meeting + bm.k - 1) || ' Doc. 29' end,
       case when s.status = 'PUBLISHED' then 'Annex ' || bp.p end,
       date_trunc('month', bm.due - 300)::date, date_trunc('month', bm.due - 30)::date,
       'Generated focal point', 'Synopsis', 'Progress', 'Outlook',
       case when s.status <> 'DRAFT' then bm.due + ((bp.p * 7 + bm.k * 3) % 40 - 30) end,
       s.status = 'PUBLISHED' and bp.p % 4 <> 0
  from party x join bench_party bp on bp.code = x.code
  cross join bench b
  cross join bench_meeting bm
  cross join lateral (select case when bm.k < b.meetings then 'PUBLISHED'
                                  when bp.p % 10 = 1 then 'DRAFT'
                                  when bp.p % 10 = 2 then 'SUBMITTED'
                                  when bp.p % 10 = 3 then 'ACCEPTED'
                                  else 'PUBLISHED' end as status) s
 where bm.k < b.meetings or bp.p % 10 <> 0;

-- A rating as a step from 0 (not commenced) to 5 (achieved), better at later meetings.
create temp table bench_rating as
select rp.id as report_id, a.id as action_id, rp.status, bm.scale_id, a.position as n, pl.number as pillar,
       case when bp.p % 25 = 0 and bm.k >= b.meetings - 1 then 4 + (a.position % 2)
            else greatest(0, least(5, bm.k * 4 / b.meetings + (a.position * 37 + bp.p * 11 + bm.k * 7) % 3 - 1))
       end as step
  from reporting_period rp
  join party x on x.id = rp.party_id join bench_party bp on bp.code = x.code
  join bench_meeting bm on bm.id = rp.meeting_id
  join niap_action a on a.plan_revision_id = rp.plan_revision_id
  join pillar pl on pl.id = a.pillar_id
  cross join bench b;

-- The rating of a step on a scale: SC69 positions 6 (step 0) to 1 (step 5); SC65: substantially achieved,
-- on track, challenging (and unclear for a few).
create or replace function pg_temp.bench_position(scale_code text, step int, n int) returns int language sql immutable as $$
    select case when scale_code = 'SC65' then
                    case when n % 29 = 0 then 4 when step >= 4 then 1 when step = 3 then 2 else 3 end
                else 6 - step end
$$;

insert into evaluation (reporting_period_id, action_id, progress_rating_id, progress_points)
select br.report_id, br.action_id,
       case when br.status = 'DRAFT' and br.n % 3 = 0 then null else pr.id end,
       array['Generated point of action ' || br.pillar || '.' || br.n || '.']
  from bench_rating br
  join rating_scale s on s.id = br.scale_id
  join progress_rating pr on pr.rating_scale_id = br.scale_id
                         and pr.position = pg_temp.bench_position(s.code, br.step, br.n);

insert into secretariat_assessment (evaluation_id, progress_rating_id, assessed_by, assessed_at)
select e.id, pr.id, 'generator', now()
  from bench_rating br
  join evaluation e on e.reporting_period_id = br.report_id and e.action_id = br.action_id
  join rating_scale s on s.id = br.scale_id
  join progress_rating pr on pr.rating_scale_id = br.scale_id
                         and pr.position = pg_temp.bench_position(s.code,
                               case when br.n % 7 = 0 and br.step < 4 then greatest(0, br.step - 1) else br.step end,
                               br.n)
 where br.status <> 'DRAFT';

drop table bench, bench_party, bench_meeting, bench_rating;
