create table doc (id int, owner name, public boolean);
alter table doc enable row level security;
create policy own on doc using (owner = current_user);
create policy gone on doc for select using (public);
create policy changes on doc for insert with check (owner = current_user);
create policy to_role on doc for update to schemainspect_test_role using (true);
