CREATE TABLE "pacer_schedules" (
	"key" text PRIMARY KEY NOT NULL,
	"due_ms" double precision NOT NULL
);
--> statement-breakpoint
ALTER TABLE "batches" ADD COLUMN "lease_owner" text;--> statement-breakpoint
ALTER TABLE "batches" ADD COLUMN "lease_expires_at" timestamp with time zone;