-- Sign-in throttling (see SignInThrottle in the security package): one row per key, counted atomically by
-- PostgreSQL so that every thread and every instance of the application shares the same counts.
--   'a:<account>'          every attempt on one account name, from any client (known or unknown account alike)
--   'c:<client>'           every attempt from one client address, on any account
--   'p:<client> <account>' attempts on one account name from one client
-- attempts counts the failed attempts and those in flight; blocked_until is when the next attempt is allowed.
create table sign_in_throttle (
    throttle_key    varchar(200) primary key,
    account         varchar(100),
    attempts        integer      not null check (attempts >= 0),
    blocked_until   timestamptz,
    last_attempt_at timestamptz  not null
);

create index sign_in_throttle_account_idx on sign_in_throttle (account);
create index sign_in_throttle_last_attempt_idx on sign_in_throttle (last_attempt_at);

-- The per-account lock these columns held is replaced by the throttle above.
alter table app_user drop column failed_attempts, drop column locked_until;
