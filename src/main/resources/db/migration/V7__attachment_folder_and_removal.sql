-- Attachments may keep their bytes in a folder (denialflow.appeal.attachment-folder): the row then names the
-- file instead of holding the content.
alter table denial_attachment alter column content drop not null;
alter table denial_attachment add column content_location varchar(300);
