CREATE TABLE "video_id_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"video_ids" jsonb NOT NULL,
	"malformed" jsonb NOT NULL,
	"duplicates" jsonb NOT NULL,
	"over_limit" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "video_id_lists" ADD CONSTRAINT "video_id_lists_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "video_id_lists_user_idx" ON "video_id_lists" USING btree ("user_id","created_at");