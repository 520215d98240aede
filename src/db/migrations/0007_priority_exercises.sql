CREATE TABLE "priority_exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"locality_code" text NOT NULL,
	"year" integer,
	"consultation_id" uuid,
	"alternatives" jsonb NOT NULL,
	"criteria" jsonb NOT NULL,
	"scenarios" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "priority_judgments" (
	"exercise_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"judgments" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "priority_judgments_exercise_id_user_id_pk" PRIMARY KEY("exercise_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "priority_exercises" ADD CONSTRAINT "priority_exercises_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_exercises" ADD CONSTRAINT "priority_exercises_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_judgments" ADD CONSTRAINT "priority_judgments_exercise_id_priority_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."priority_exercises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_judgments" ADD CONSTRAINT "priority_judgments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "priority_exercises_space_idx" ON "priority_exercises" USING btree ("space_id");