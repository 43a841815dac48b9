create table doc (id int, owner text);
create table secret (id int);
alter table secret enable row level security;
alter table secret force row level security;
create table half (id int);
alter table half enable row level security;
