CREATE TABLE "forum_poll_voters" (
	"poll_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	CONSTRAINT "forum_poll_voters_poll_id_registration_id_pk" PRIMARY KEY("poll_id","registration_id")
);
--> statement-breakpoint
CREATE TABLE "forum_polls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "forum_polls_consultation_id_unique" UNIQUE("consultation_id")
);
--> statement-breakpoint
CREATE TABLE "forum_speakers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"point_id" uuid,
	"registration_id" uuid,
	"name" text NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"called_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "forum_poll_voters" ADD CONSTRAINT "forum_poll_voters_poll_id_forum_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."forum_polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_poll_voters" ADD CONSTRAINT "forum_poll_voters_registration_id_forum_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."forum_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_polls" ADD CONSTRAINT "forum_polls_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_polls" ADD CONSTRAINT "forum_polls_item_id_forum_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."forum_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_polls" ADD CONSTRAINT "forum_polls_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_speakers" ADD CONSTRAINT "forum_speakers_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_speakers" ADD CONSTRAINT "forum_speakers_session_id_forum_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."forum_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_speakers" ADD CONSTRAINT "forum_speakers_point_id_forum_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."forum_points"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_speakers" ADD CONSTRAINT "forum_speakers_registration_id_forum_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."forum_registrations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "forum_polls_forum_idx" ON "forum_polls" USING btree ("forum_id","created_at");--> statement-breakpoint
CREATE INDEX "forum_speakers_session_idx" ON "forum_speakers" USING btree ("forum_id","session_id","requested_at");