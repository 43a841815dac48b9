alter table "public"."child_leaves" no inherit "public"."base";

alter table "public"."orphan" inherit "public"."base";

