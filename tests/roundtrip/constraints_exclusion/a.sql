create extension btree_gist;
create table booking (room int, during tsrange, constraint no_overlap exclude using gist (room with =, during with &&));
create table circle_t (c circle);
