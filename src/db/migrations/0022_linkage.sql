CREATE TABLE "linkage_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"parties" jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"sectors" jsonb NOT NULL,
	"review_on" date,
	"illustrative_note" text,
	"document_name" text,
	"document_type" text,
	"document_bytes" "bytea",
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "linkage_commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"party" text NOT NULL,
	"sector" text NOT NULL,
	"what" jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"due_on" date NOT NULL,
	"budget_shares" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "linkage_intents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"locality_id" text NOT NULL,
	"sector" text NOT NULL,
	"kind" text NOT NULL,
	"text" jsonb NOT NULL,
	"size" double precision NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"evidence" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "linkage_officials" (
	"space_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"locality_id" text NOT NULL,
	CONSTRAINT "linkage_officials_space_id_user_id_pk" PRIMARY KEY("space_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "linkage_regions" (
	"space_id" uuid PRIMARY KEY NOT NULL,
	"localities" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "linkage_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"period" text NOT NULL,
	"percent" double precision NOT NULL,
	"status_note" text NOT NULL,
	"submitted_on" date NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"reporter_user_id" uuid
);
--> statement-breakpoint
ALTER TABLE "linkage_agreements" ADD CONSTRAINT "linkage_agreements_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_commitments" ADD CONSTRAINT "linkage_commitments_agreement_id_linkage_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."linkage_agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_intents" ADD CONSTRAINT "linkage_intents_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_officials" ADD CONSTRAINT "linkage_officials_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_officials" ADD CONSTRAINT "linkage_officials_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_regions" ADD CONSTRAINT "linkage_regions_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_reports" ADD CONSTRAINT "linkage_reports_commitment_id_linkage_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."linkage_commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_reports" ADD CONSTRAINT "linkage_reports_reporter_user_id_users_id_fk" FOREIGN KEY ("reporter_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "linkage_agreements_space_idx" ON "linkage_agreements" USING btree ("space_id");--> statement-breakpoint
CREATE INDEX "linkage_commitments_agreement_idx" ON "linkage_commitments" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "linkage_intents_space_idx" ON "linkage_intents" USING btree ("space_id","locality_id");--> statement-breakpoint
CREATE UNIQUE INDEX "linkage_reports_period_key" ON "linkage_reports" USING btree ("commitment_id","period");