CREATE TABLE "devolution_activities" (
	"space_id" uuid NOT NULL,
	"code" text NOT NULL,
	"position" double precision NOT NULL,
	"sector" text NOT NULL,
	"unit" text NOT NULL,
	"function_code" text NOT NULL,
	"function_name" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"legal_document" text NOT NULL,
	"legal_article" text NOT NULL,
	"level" text NOT NULL,
	"workload" double precision NOT NULL,
	"staff" double precision NOT NULL,
	"budget" double precision NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "devolution_activities_space_id_code_pk" PRIMARY KEY("space_id","code")
);
--> statement-breakpoint
CREATE TABLE "devolution_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"unit_key" text NOT NULL,
	"kind" text NOT NULL,
	"activity_code" text,
	"proposed_level" text,
	"text" text NOT NULL,
	"author_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "devolution_officials" (
	"space_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"unit_key" text NOT NULL,
	CONSTRAINT "devolution_officials_space_id_user_id_pk" PRIMARY KEY("space_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "devolution_reviews" (
	"space_id" uuid NOT NULL,
	"unit_key" text NOT NULL,
	"status" text NOT NULL,
	"signed_off_by" uuid,
	"signed_off_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "devolution_reviews_space_id_unit_key_pk" PRIMARY KEY("space_id","unit_key")
);
--> statement-breakpoint
CREATE TABLE "devolution_scenarios" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" jsonb NOT NULL,
	"date" date NOT NULL,
	"moves" jsonb NOT NULL,
	"illustrative_note" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "devolution_units" (
	"space_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" jsonb NOT NULL,
	"kind" text NOT NULL,
	"focal" boolean DEFAULT false NOT NULL,
	"position" double precision NOT NULL,
	CONSTRAINT "devolution_units_space_id_key_pk" PRIMARY KEY("space_id","key")
);
--> statement-breakpoint
ALTER TABLE "devolution_activities" ADD CONSTRAINT "devolution_activities_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devolution_notes" ADD CONSTRAINT "devolution_notes_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devolution_notes" ADD CONSTRAINT "devolution_notes_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devolution_officials" ADD CONSTRAINT "devolution_officials_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devolution_officials" ADD CONSTRAINT "devolution_officials_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devolution_reviews" ADD CONSTRAINT "devolution_reviews_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devolution_reviews" ADD CONSTRAINT "devolution_reviews_signed_off_by_users_id_fk" FOREIGN KEY ("signed_off_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devolution_scenarios" ADD CONSTRAINT "devolution_scenarios_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devolution_units" ADD CONSTRAINT "devolution_units_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "devolution_activities_unit_idx" ON "devolution_activities" USING btree ("space_id","unit");--> statement-breakpoint
CREATE INDEX "devolution_notes_unit_idx" ON "devolution_notes" USING btree ("space_id","unit_key");--> statement-breakpoint
CREATE UNIQUE INDEX "devolution_scenarios_key" ON "devolution_scenarios" USING btree ("space_id","key");