CREATE TABLE "forum_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"text" text NOT NULL,
	"source_kind" text,
	"source_id" uuid,
	"point_id" uuid,
	"owner" text NOT NULL,
	"owner_organisation_id" uuid,
	"review_on" date,
	"status" text DEFAULT 'proposed' NOT NULL,
	"decision_note" text,
	"decided_at" timestamp with time zone,
	"action_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "forum_recommendations" ADD CONSTRAINT "forum_recommendations_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_recommendations" ADD CONSTRAINT "forum_recommendations_point_id_forum_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."forum_points"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_recommendations" ADD CONSTRAINT "forum_recommendations_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_recommendations" ADD CONSTRAINT "forum_recommendations_action_id_plan_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."plan_actions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_recommendations" ADD CONSTRAINT "forum_recommendations_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "forum_recommendations_forum_idx" ON "forum_recommendations" USING btree ("forum_id","created_at");