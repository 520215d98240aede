CREATE TABLE "forum_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"title" jsonb NOT NULL,
	"speakers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"theme" text
);
--> statement-breakpoint
CREATE TABLE "forum_point_moderators" (
	"forum_id" uuid NOT NULL,
	"point_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "forum_point_moderators_point_id_user_id_pk" PRIMARY KEY("point_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "forum_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"locality_id" text,
	"organisation" text,
	"main_hall" boolean DEFAULT false NOT NULL,
	"expected" integer,
	"capacity" integer,
	"attendees" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forum_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"point_id" uuid,
	"user_id" uuid,
	"name" text,
	"code_hash" text NOT NULL,
	"status" text NOT NULL,
	"checked_in_at" timestamp with time zone,
	"checked_in_point_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forum_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forums" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"kind" text NOT NULL,
	"stream_url" text,
	"themes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"organisers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"capacity" integer,
	"illustrative" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "forums_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "forum_items" ADD CONSTRAINT "forum_items_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_items" ADD CONSTRAINT "forum_items_session_id_forum_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."forum_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_point_moderators" ADD CONSTRAINT "forum_point_moderators_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_point_moderators" ADD CONSTRAINT "forum_point_moderators_point_id_forum_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."forum_points"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_point_moderators" ADD CONSTRAINT "forum_point_moderators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_points" ADD CONSTRAINT "forum_points_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_registrations" ADD CONSTRAINT "forum_registrations_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_registrations" ADD CONSTRAINT "forum_registrations_point_id_forum_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."forum_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_registrations" ADD CONSTRAINT "forum_registrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_registrations" ADD CONSTRAINT "forum_registrations_checked_in_point_id_forum_points_id_fk" FOREIGN KEY ("checked_in_point_id") REFERENCES "public"."forum_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_sessions" ADD CONSTRAINT "forum_sessions_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forums" ADD CONSTRAINT "forums_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "forum_items_session_idx" ON "forum_items" USING btree ("forum_id","session_id","starts_at");--> statement-breakpoint
CREATE INDEX "forum_point_moderators_user_idx" ON "forum_point_moderators" USING btree ("user_id","forum_id");--> statement-breakpoint
CREATE INDEX "forum_points_forum_idx" ON "forum_points" USING btree ("forum_id");--> statement-breakpoint
CREATE UNIQUE INDEX "forum_points_locality_key" ON "forum_points" USING btree ("forum_id","locality_id");--> statement-breakpoint
CREATE UNIQUE INDEX "forum_points_main_hall_key" ON "forum_points" USING btree ("forum_id") WHERE "forum_points"."main_hall";--> statement-breakpoint
CREATE UNIQUE INDEX "forum_registrations_code_key" ON "forum_registrations" USING btree ("code_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "forum_registrations_seq_key" ON "forum_registrations" USING btree ("forum_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "forum_registrations_user_key" ON "forum_registrations" USING btree ("forum_id","user_id") WHERE "forum_registrations"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "forum_registrations_point_idx" ON "forum_registrations" USING btree ("forum_id","point_id");--> statement-breakpoint
CREATE INDEX "forum_sessions_forum_idx" ON "forum_sessions" USING btree ("forum_id","starts_at");--> statement-breakpoint
CREATE INDEX "forums_space_idx" ON "forums" USING btree ("space_id");