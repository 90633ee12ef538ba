-- The document of a meeting in which the Secretariat publishes its overview of the NIAP progress
-- reports ("SC70 Doc. 27.4 Annex 1"): the stamp of the public overview and its downloads' file names.
-- Empty until the Secretariat knows it.
alter table meeting
    add column overview_document_ref varchar(60)
        check (overview_document_ref is null or (overview_document_ref = btrim(overview_document_ref)
                                                 and overview_document_ref <> ''));
