-- Generated pair (issue 15): seed 30088, shrunk; it failed `rediff`.
CREATE TABLE "public"."line_item tab6" (
    "id7" bigint NOT NULL,
    "c8" numeric GENERATED ALWAYS AS ((("id7")::bigint + 1)) STORED,
    "c9" boolean,
    CONSTRAINT "pk10" PRIMARY KEY ("id7"),
    CONSTRAINT "ck11" CHECK ("id7" NOT IN (-1, -2))
);
ALTER TABLE "public"."line_item tab6" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "pol12" ON "public"."line_item tab6" USING ("id7" > 0);
COMMENT ON COLUMN "public"."line_item tab6"."c9" IS 'a column''s comment';
CREATE TABLE "public"."item tab13" (
    "id14" bigint NOT NULL,
    "Order c15" numeric GENERATED ALWAYS AS ((("id14")::numeric * 2)) STORED,
    CONSTRAINT "ck16" CHECK ("id14" IN (1, 2, 3, 4, 5)),
    CONSTRAINT "ck17" CHECK ("id14" NOT IN (-1, -2))
) INHERITS ("public"."line_item tab6");
GRANT SELECT ("Order c15") ON TABLE "public"."item tab13" TO schemainspect_test_role;
