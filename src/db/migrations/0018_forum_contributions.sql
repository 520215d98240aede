CREATE TABLE "forum_contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"session_id" uuid,
	"speaker" text NOT NULL,
	"organisation" text,
	"title" text NOT NULL,
	"abstract" text,
	"illustrative" boolean DEFAULT false NOT NULL,
	"file_name" text,
	"file_type" text,
	"file_size" integer,
	"file_sha256" text,
	"file_bytes" "bytea",
	"file_text" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "forum_contributions" ADD CONSTRAINT "forum_contributions_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_contributions" ADD CONSTRAINT "forum_contributions_session_id_forum_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."forum_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "forum_contributions_forum_idx" ON "forum_contributions" USING btree ("forum_id","created_at");--> statement-breakpoint
CREATE INDEX "forum_contributions_search" ON "forum_contributions" USING gin (to_tsvector('simple', regexp_replace(vn_fold(coalesce("title", '') || ' ' || coalesce("abstract", '') || ' ' || coalesce("speaker", '') || ' ' || coalesce("organisation", '') || ' ' || coalesce("file_text", '')), '[[:punct:]]+', ' ', 'g')));