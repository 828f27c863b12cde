ALTER TABLE "batch_chunks" ADD COLUMN "throttled" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "batches" ADD COLUMN "summary" jsonb;--> statement-breakpoint
ALTER TABLE "batches" ADD COLUMN "summary_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "batches" ADD COLUMN "note" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "batch_items_problems_idx" ON "batch_items" USING btree ("updated_at","video_id") WHERE "batch_items"."status" in ('forbidden', 'not_found', 'reference_not_found', 'conflict', 'failed');