create table doc (id int, owner name, public boolean);
alter table doc enable row level security;
create policy own on doc using (owner = current_user);
create policy changes on doc for insert with check (owner = current_user and id > 0);
create policy to_role on doc for update to schemainspect_test_role, postgres using (true) with check (id > 0);
create policy restricted on doc as restrictive for delete using (not public);
