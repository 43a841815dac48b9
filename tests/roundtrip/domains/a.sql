create domain positive as integer check (value > 0);
create domain email as text not null;
create domain code as varchar(10) default 'x' constraint code_upper check (value = upper(value));
create domain dropped as int;
create table account (id positive, mail email, c code);
