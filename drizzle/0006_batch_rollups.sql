CREATE TABLE "batch_rollups" (
	"bucket" timestamp with time zone NOT NULL,
	"user_id" uuid NOT NULL,
	"batches" integer DEFAULT 0 NOT NULL,
	"videos" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"forbidden" integer DEFAULT 0 NOT NULL,
	"not_found" integer DEFAULT 0 NOT NULL,
	"reference_not_found" integer DEFAULT 0 NOT NULL,
	"conflict" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "batch_rollups_bucket_user_id_pk" PRIMARY KEY("bucket","user_id")
);
--> statement-breakpoint
ALTER TABLE "batch_rollups" ADD CONSTRAINT "batch_rollups_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Keeps batch_rollups equal to the sums over batches, whichever statement changes a batch: the old row's
-- counters leave its bucket, the new row's enter theirs.
CREATE FUNCTION "batch_rollups_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  sign integer;
  b batches;
BEGIN
  FOREACH sign IN ARRAY ARRAY[-1, 1] LOOP
    IF sign = -1 AND TG_OP = 'INSERT' OR sign = 1 AND TG_OP = 'DELETE' THEN
      CONTINUE;
    END IF;
    b := CASE WHEN sign = -1 THEN OLD ELSE NEW END;
    INSERT INTO "batch_rollups" AS r ("bucket", "user_id", "batches", "videos", "updated", "forbidden",
      "not_found", "reference_not_found", "conflict", "failed")
    VALUES (date_bin('15 minutes', b.created_at, timestamptz '2000-01-01 00:00:00+00'), b.user_id,
      sign, sign * b.total, sign * b.updated, sign * b.forbidden, sign * b.not_found,
      sign * b.reference_not_found, sign * b.conflict, sign * b.failed)
    ON CONFLICT ("bucket", "user_id") DO UPDATE SET
      "batches" = r."batches" + excluded."batches",
      "videos" = r."videos" + excluded."videos",
      "updated" = r."updated" + excluded."updated",
      "forbidden" = r."forbidden" + excluded."forbidden",
      "not_found" = r."not_found" + excluded."not_found",
      "reference_not_found" = r."reference_not_found" + excluded."reference_not_found",
      "conflict" = r."conflict" + excluded."conflict",
      "failed" = r."failed" + excluded."failed";
  END LOOP;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "batches_rollup"
  AFTER INSERT OR DELETE OR UPDATE OF "created_at", "user_id", "total", "updated", "forbidden", "not_found",
    "reference_not_found", "conflict", "failed" ON "batches"
  FOR EACH ROW EXECUTE FUNCTION "batch_rollups_apply"();
--> statement-breakpoint
INSERT INTO "batch_rollups" ("bucket", "user_id", "batches", "videos", "updated", "forbidden", "not_found",
  "reference_not_found", "conflict", "failed")
SELECT date_bin('15 minutes', created_at, timestamptz '2000-01-01 00:00:00+00'), user_id, count(*), sum(total),
  sum(updated), sum(forbidden), sum(not_found), sum(reference_not_found), sum(conflict), sum(failed)
FROM "batches" GROUP BY 1, 2;
