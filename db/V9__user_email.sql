-- Where e-mail notices go, when the application is configured to send e-mail (spring.mail.host).
alter table app_user add column email varchar(254) check (email is null or email ~ '^[^@[:space:]]+@[^@[:space:]]+$');
