create table base (created timestamptz default now(), note text);
create table child_stays (a int) inherits (base);
create table child_leaves (created timestamptz default now(), note text, b int);
create table orphan (created timestamptz default now(), note text, c int) inherits (base);
