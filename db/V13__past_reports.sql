-- Past reports (issue 9): the day a report was sent is one column, reporting_period.submitted_on (V11).
-- Reports sent in the app before this migration get the day of their first submission, in the
-- database's time zone. A report the Secretariat records from the past has its day from the start.
update reporting_period rp
   set submitted_on = (select min(t.happened_at)::date
                         from report_transition t
                        where t.reporting_period_id = rp.id and t.to_status = 'SUBMITTED')
 where rp.submitted_on is null;

alter table reporting_period add constraint reporting_period_recorded_submitted_on
    check (not recorded or submitted_on is not null);
