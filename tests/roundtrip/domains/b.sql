create domain positive as integer default 1 not null constraint positive_check check (value > 0) constraint small check (value < 1000000);
create domain email as text check (value like '%@%');
create domain code as varchar(10) constraint code_upper check (value = upper(value)) constraint code_len check (length(value) > 1);
create domain added as numeric(10, 2);
create table account (id positive, mail email, c code, amount added);
