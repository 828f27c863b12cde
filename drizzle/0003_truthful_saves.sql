ALTER TABLE "batch_items" ADD COLUMN "tag_ops" jsonb;--> statement-breakpoint
ALTER TABLE "batch_items" ADD COLUMN "before_values" jsonb;--> statement-breakpoint
ALTER TABLE "batches" ADD COLUMN "next_try_at" timestamp with time zone;