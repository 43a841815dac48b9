create extension btree_gist;
create table booking (room int, during tsrange, constraint no_overlap exclude using gist (room with =, during with &&) where (room > 0));
create table circle_t (c circle, constraint circle_excl exclude using gist (c with &&) deferrable);
