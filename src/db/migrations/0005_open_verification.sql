CREATE TABLE "verifications" (
	"consultation_id" uuid NOT NULL,
	"contact_hash" text NOT NULL,
	"code_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"sent_count" integer DEFAULT 1 NOT NULL,
	"verified_at" timestamp with time zone,
	CONSTRAINT "verifications_consultation_id_contact_hash_pk" PRIMARY KEY("consultation_id","contact_hash")
);
--> statement-breakpoint
ALTER TABLE "verifications" ADD CONSTRAINT "verifications_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;