create sequence counter as integer increment by 5 start 100 cache 10;
create sequence small_counter as integer increment by 1 minvalue 1 maxvalue 100000 start 10 cache 1;
create sequence cycling no cycle;
create sequence added minvalue -100 start -100 increment by -1 maxvalue -1;
