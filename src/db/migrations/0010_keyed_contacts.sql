-- One person, one ballot in open consultations (issue 11): contacts kept as keyed hashes (HMAC-SHA-256,
-- server key in server_secrets or DOITHOAI_SECRET) of their canonical form; refusals of a contact
-- already verified counted per consultation.
CREATE TABLE "server_secrets" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verification_refusals" (
	"consultation_id" uuid PRIMARY KEY NOT NULL,
	"duplicates" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "verifications" ADD COLUMN "legacy" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "verification_refusals" ADD CONSTRAINT "verification_refusals_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Backfill (issue 11). Every verification stored so far holds SHA-256 of the contact as it was typed,
-- not a keyed hash of its canonical form, and cannot be re-keyed without the contact: mark it legacy,
-- so it is still matched by its old hash while its consultation takes verifications.
UPDATE "verifications" SET "legacy" = true;--> statement-breakpoint
-- Only the day of a verification is kept, and an invitation made by one keeps only the day too: equal
-- moments linked each contact to its invitation. A verified row's code is no longer needed.
UPDATE "verifications" SET "verified_at" = date_trunc('day', "verified_at", 'UTC'), "expires_at" = date_trunc('day', "verified_at", 'UTC'), "code_hash" = '' WHERE "verified_at" IS NOT NULL;--> statement-breakpoint
UPDATE "invitations" SET "created_at" = date_trunc('day', "invitations"."created_at", 'UTC') FROM "consultations" WHERE "consultations"."id" = "invitations"."consultation_id" AND "consultations"."access" = 'open';--> statement-breakpoint
-- A published consultation never takes a verification again (publish is final), so its legacy hashes,
-- which a copy of the database could reverse by trying every mobile number, are replaced by random
-- values: the rows, and so the number of people verified, stay.
UPDATE "verifications" SET "contact_hash" = 'forgotten:' || gen_random_uuid() FROM "consultations" WHERE "consultations"."id" = "verifications"."consultation_id" AND "consultations"."status" = 'published' AND "verifications"."legacy";
