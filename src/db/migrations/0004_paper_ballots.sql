CREATE TABLE "paper_batches" (
	"consultation_id" uuid NOT NULL,
	"key" text NOT NULL,
	"group" text,
	"cluster" text,
	"forms" integer NOT NULL,
	"status" text DEFAULT 'entering' NOT NULL,
	"resolutions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"committed_at" timestamp with time zone,
	CONSTRAINT "paper_batches_consultation_id_key_pk" PRIMARY KEY("consultation_id","key")
);
--> statement-breakpoint
CREATE TABLE "paper_entries" (
	"consultation_id" uuid NOT NULL,
	"batch_key" text NOT NULL,
	"entry" integer NOT NULL,
	"entered_by" text NOT NULL,
	"readings" jsonb NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "paper_entries_consultation_id_batch_key_entry_pk" PRIMARY KEY("consultation_id","batch_key","entry")
);
--> statement-breakpoint
ALTER TABLE "paper_batches" ADD CONSTRAINT "paper_batches_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;