-- The print view of a published report (the annex as HTML, linking its stylesheet) is kept as its PDF and Word files
-- are: rendered once under its validator, and served by every instance from there. Instances of the build before this
-- migration keep writing only PDF and Word files, which the check still allows.
alter table kept_report_file drop constraint kept_report_file_kind_check;
alter table kept_report_file add constraint kept_report_file_kind_check check (kind in ('pdf', 'docx', 'html'));
