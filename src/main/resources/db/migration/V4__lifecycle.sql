-- What the lifecycle adds to the work tables of V3 (nothing renamed): follow-ups with the payer on a
-- filed appeal, the last deadline reminder, and why a supervisor let work go on past its deadline.

alter table appeal add column follow_ups integer default 0 not null;
alter table appeal add column last_follow_up_on date;
alter table appeal add column note varchar(1000);

alter table denial add column reminded_at timestamp with time zone;
alter table denial add column good_cause_note varchar(1000);

alter table claim_correction add column channel varchar(30);
alter table claim_correction add column reference varchar(120);
