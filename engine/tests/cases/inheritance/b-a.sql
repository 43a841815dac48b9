alter table "public"."child_leaves" inherit "public"."base";

alter table "public"."orphan" no inherit "public"."base";

