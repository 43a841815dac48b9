create table base (created timestamptz default now(), note text);
create table child_stays (a int) inherits (base);
create table child_leaves (b int) inherits (base);
create table orphan (created timestamptz default now(), note text, c int);
