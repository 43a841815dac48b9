-- Generated pair (issue 15): seed 517, shrunk; it failed `apply`.
CREATE SCHEMA "a b s1";
