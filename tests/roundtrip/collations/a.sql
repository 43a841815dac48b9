create collation dropped (provider = libc, locale = 'C');
create collation changed (provider = libc, locale = 'C');
create table t (id int, name text collate "C");
