CREATE TABLE "ballots" (
	"consultation_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"token_hash" text,
	"choice" jsonb NOT NULL,
	"group" text,
	"cluster" text,
	"receipt" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ballots_consultation_id_seq_pk" PRIMARY KEY("consultation_id","seq")
);
--> statement-breakpoint
CREATE TABLE "consultation_options" (
	"consultation_id" uuid NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	CONSTRAINT "consultation_options_consultation_id_key_pk" PRIMARY KEY("consultation_id","key")
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid,
	"title" jsonb NOT NULL,
	"ballot" jsonb NOT NULL,
	"groups" jsonb NOT NULL,
	"clusters" jsonb NOT NULL,
	"access" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"ballot_count" bigint DEFAULT 0 NOT NULL,
	"last_receipt" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"consultation_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"group" text,
	"cluster" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitations_consultation_id_token_hash_pk" PRIMARY KEY("consultation_id","token_hash")
);
--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_options" ADD CONSTRAINT "consultation_options_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ballots_token_key" ON "ballots" USING btree ("consultation_id","token_hash") WHERE "ballots"."token_hash" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "ballots_receipt_key" ON "ballots" USING btree ("consultation_id","receipt");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_token_key" ON "invitations" USING btree ("token_hash");