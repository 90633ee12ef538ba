-- Word reports uploaded for import, kept between the preview and the confirmation. The bytes are stored (not
-- the parse) and parsed again on confirmation, so that several instances of the app share one state; the row
-- is deleted when the report is created. Only the person who uploaded it sees its preview.
create table import_upload (
    id          uuid primary key,
    party_code  text        not null,
    username    text        not null,
    file_name   text        not null,
    content     bytea       not null,
    created_at  timestamptz not null default now(),
    constraint import_upload_size check (octet_length(content) between 1 and 5242880)
);

create index import_upload_created_at on import_upload (created_at);
