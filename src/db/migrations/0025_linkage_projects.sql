CREATE TABLE "linkage_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"localities" jsonb NOT NULL,
	"sector" text NOT NULL,
	"total_cost" double precision NOT NULL,
	"cost_shares" jsonb NOT NULL,
	"central_requested" double precision NOT NULL,
	"central_granted" double precision,
	"status" text NOT NULL,
	"steering" jsonb NOT NULL,
	"agreement_id" uuid,
	"illustrative_note" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "linkage_projects" ADD CONSTRAINT "linkage_projects_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_projects" ADD CONSTRAINT "linkage_projects_agreement_id_linkage_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."linkage_agreements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "linkage_projects_space_idx" ON "linkage_projects" USING btree ("space_id");--> statement-breakpoint
CREATE INDEX "linkage_projects_agreement_idx" ON "linkage_projects" USING btree ("agreement_id");