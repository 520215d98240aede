CREATE TABLE "forum_question_upvotes" (
	"question_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"forum_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "forum_question_upvotes_question_id_registration_id_pk" PRIMARY KEY("question_id","registration_id")
);
--> statement-breakpoint
CREATE TABLE "forum_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"point_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"anonymous" boolean NOT NULL,
	"author_name" text,
	"text" text NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"merged_into" uuid,
	"upvotes" integer DEFAULT 0 NOT NULL,
	"answer" text,
	"answered_by" text,
	"answered_by_user_id" uuid,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "forum_registrations" ADD COLUMN "participant_token_hash" text;--> statement-breakpoint
ALTER TABLE "forum_question_upvotes" ADD CONSTRAINT "forum_question_upvotes_question_id_forum_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."forum_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_question_upvotes" ADD CONSTRAINT "forum_question_upvotes_registration_id_forum_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."forum_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_question_upvotes" ADD CONSTRAINT "forum_question_upvotes_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_questions" ADD CONSTRAINT "forum_questions_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_questions" ADD CONSTRAINT "forum_questions_item_id_forum_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."forum_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_questions" ADD CONSTRAINT "forum_questions_point_id_forum_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."forum_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_questions" ADD CONSTRAINT "forum_questions_registration_id_forum_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."forum_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_questions" ADD CONSTRAINT "forum_questions_answered_by_user_id_users_id_fk" FOREIGN KEY ("answered_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "forum_questions_forum_idx" ON "forum_questions" USING btree ("forum_id","status");--> statement-breakpoint
CREATE INDEX "forum_questions_point_idx" ON "forum_questions" USING btree ("forum_id","point_id");--> statement-breakpoint
CREATE UNIQUE INDEX "forum_registrations_participant_key" ON "forum_registrations" USING btree ("participant_token_hash");