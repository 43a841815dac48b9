create table public.keeps (id int);
