create table t (id int, email text, active boolean, data jsonb, created date);
create index t_email on t (email);
create index t_gone on t (id);
create unique index t_email_active on t (email) where active;
create index t_created on t (created);
