-- Generated pair (issue 15): seed 69, shrunk; it failed `rediff`.
CREATE TYPE "public"."ty2" AS ENUM ('l1', 'y955', 'l2', 'l3');
COMMENT ON TYPE "public"."ty2" IS 'about 2: it''s "quoted"';
