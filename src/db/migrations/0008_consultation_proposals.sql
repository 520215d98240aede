CREATE TABLE "consultation_proposals" (
	"consultation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"text" text NOT NULL,
	"proposer_hash" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"title" jsonb,
	"option_key" text,
	"decided_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "consultation_proposals_consultation_id_id_pk" PRIMARY KEY("consultation_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_action_coordinators" (
	"action_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "plan_action_coordinators_action_id_organisation_id_pk" PRIMARY KEY("action_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "plan_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"objective_id" uuid NOT NULL,
	"code" text NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"lead_organisation_id" uuid NOT NULL,
	"priority_area" text,
	"starts_on" date NOT NULL,
	"due_on" date NOT NULL,
	"budget_planned" double precision,
	"budget_spent" double precision,
	"budget_source" text,
	"weight" double precision,
	"recommendations" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_kpis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"unit" text NOT NULL,
	"direction" text NOT NULL,
	"baseline" double precision NOT NULL,
	"target" double precision NOT NULL,
	"indicator" jsonb
);
--> statement-breakpoint
CREATE TABLE "plan_objectives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"code" text NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"priority_area" text,
	"weight" double precision
);
--> statement-breakpoint
CREATE TABLE "plan_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"period" text NOT NULL,
	"percent" double precision NOT NULL,
	"status_note" text NOT NULL,
	"narrative" text NOT NULL,
	"kpi_values" jsonb NOT NULL,
	"submitted_on" date NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"reporter_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"reporting_period" text NOT NULL,
	"grace_days" integer NOT NULL,
	"public" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "paper_batches" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "consultation_proposals" ADD CONSTRAINT "consultation_proposals_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action_coordinators" ADD CONSTRAINT "plan_action_coordinators_action_id_plan_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."plan_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action_coordinators" ADD CONSTRAINT "plan_action_coordinators_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_objective_id_plan_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."plan_objectives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_evidence" ADD CONSTRAINT "plan_evidence_report_id_plan_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."plan_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_kpis" ADD CONSTRAINT "plan_kpis_action_id_plan_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."plan_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_objectives" ADD CONSTRAINT "plan_objectives_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reports" ADD CONSTRAINT "plan_reports_action_id_plan_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."plan_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reports" ADD CONSTRAINT "plan_reports_reporter_user_id_users_id_fk" FOREIGN KEY ("reporter_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_proposals_proposer" ON "consultation_proposals" USING btree ("consultation_id","proposer_hash");--> statement-breakpoint
CREATE INDEX "plan_action_coordinators_org_idx" ON "plan_action_coordinators" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_actions_code_key" ON "plan_actions" USING btree ("plan_id","code");--> statement-breakpoint
CREATE INDEX "plan_actions_lead_idx" ON "plan_actions" USING btree ("lead_organisation_id");--> statement-breakpoint
CREATE INDEX "plan_evidence_report_idx" ON "plan_evidence" USING btree ("report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_kpis_key" ON "plan_kpis" USING btree ("action_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_objectives_code_key" ON "plan_objectives" USING btree ("plan_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_reports_period_key" ON "plan_reports" USING btree ("action_id","period");--> statement-breakpoint
CREATE INDEX "plans_space_idx" ON "plans" USING btree ("space_id");