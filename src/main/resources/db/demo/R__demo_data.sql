-- Demo data for the local embedded database only (never for an external database): the accounts listed in
-- README.md and the SC67 meeting, so that a fresh clone can walk through the whole journey.
-- Repeatable and idempotent: Flyway re-runs it when this file changes.

insert into meeting (code, number, starts_on, report_due_on, rating_scale_id)
select 'SC67', 67, date '2016-09-23', date '2016-06-25', id from rating_scale where code = 'SC65'
on conflict (code) do nothing;

insert into app_user (username, display_name, password_hash, role, party_id)
select 'focal.kh', 'Cambodia NIAP focal point (demo)',
       '{bcrypt}$2a$10$tePOMXOrUdDEU8PZtPi8OOpAhuDIgEmYyKpjJ6qpkB7yspxA4zWwu', 'FOCAL_POINT', id
  from party where code = 'KH'
on conflict (username) do nothing;

insert into app_user (username, display_name, password_hash, role)
values ('secretariat', 'CITES Secretariat reviewer (demo)',
        '{bcrypt}$2a$10$GotXj5XxQvHjLyT1k5ppKeaHh3Y7cpaWVifgSbW2hgmQ2QMN0V9Tm', 'SECRETARIAT'),
       ('admin', 'Administrator (demo)',
        '{bcrypt}$2a$10$ZtiC8RBG932kiSFOf.TrOOztk2KXFxdU4sNn34bVJsHUUKYlmOQg6', 'ADMIN')
on conflict (username) do nothing;
