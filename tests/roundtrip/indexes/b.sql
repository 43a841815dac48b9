create table t (id int, email text, active boolean, data jsonb, created date);
create index t_email on t (lower(email));
create unique index t_email_active on t (email) where active and id > 0;
create index t_created on t using brin (created);
create index t_data on t using gin (data jsonb_path_ops);
create index t_expr_partial on t ((data ->> 'kind'), id desc nulls last) include (email) where data ? 'kind';
