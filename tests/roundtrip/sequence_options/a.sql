create sequence counter;
create sequence small_counter as smallint increment by 2 minvalue 10 maxvalue 1000 start 10 cache 5;
create sequence cycling cycle;
create sequence dropped;
