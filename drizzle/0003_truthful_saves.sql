ALTER TABLE "batch_items" ADD COLUMN "tag_ops" jsonb;--> statement-breakpoint
ALTER TABLE "batch_items" ADD COLUMN "before_values" jsonb;--> statement-breakpoint
ALTER TABLE "batches" ADD COLUMN "next_try_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "batch_items_open_video_idx" ON "batch_items" USING btree ("video_id") WHERE "batch_items"."status" in ('pending', 'sending');--> statement-breakpoint
CREATE INDEX "batch_items_pending_idx" ON "batch_items" USING btree ("batch_id","id") WHERE "batch_items"."status" = 'pending';