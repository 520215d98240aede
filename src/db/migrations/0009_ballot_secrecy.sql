-- Ballot secrecy (issue 11). Ballots lose everything that ties them to a voter or to the order of
-- casting: the invitation's token hash, the sequence number, the time received. One ballot per token
-- becomes the invitation's own "used" flag; receipts move to their own table, so voters keep them.
CREATE TABLE "ballot_receipts" (
	"consultation_id" uuid NOT NULL,
	"receipt" text NOT NULL,
	CONSTRAINT "ballot_receipts_consultation_id_receipt_pk" PRIMARY KEY("consultation_id","receipt")
);
--> statement-breakpoint
ALTER TABLE "ballot_receipts" ADD CONSTRAINT "ballot_receipts_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Every stored receipt stays valid: written in receipt order, not in the order of casting.
INSERT INTO "ballot_receipts" ("consultation_id", "receipt") SELECT "consultation_id", "receipt" FROM "ballots" ORDER BY "consultation_id", "receipt";--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "used" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- An invitation whose token has cast a ballot is used (ballots_token_key allowed one ballot per token).
UPDATE "invitations" SET "used" = true WHERE EXISTS (SELECT 1 FROM "ballots" WHERE "ballots"."consultation_id" = "invitations"."consultation_id" AND "ballots"."token_hash" = "invitations"."token_hash");--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "min_group_size" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "consultations" DROP COLUMN "last_receipt";--> statement-breakpoint
DROP INDEX "ballots_token_key";--> statement-breakpoint
DROP INDEX "ballots_receipt_key";--> statement-breakpoint
ALTER TABLE "ballots" DROP CONSTRAINT "ballots_consultation_id_seq_pk";--> statement-breakpoint
ALTER TABLE "ballots" ADD COLUMN "id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "ballots" DROP COLUMN "seq";--> statement-breakpoint
ALTER TABLE "ballots" DROP COLUMN "token_hash";--> statement-breakpoint
ALTER TABLE "ballots" DROP COLUMN "receipt";--> statement-breakpoint
ALTER TABLE "ballots" DROP COLUMN "received_at";--> statement-breakpoint
-- Rows are stored, and dumped, in the order written: write the ballots again in the order of their
-- random keys, so that not even their place in the table follows the order of casting.
CREATE TEMPORARY TABLE "ballots_in_key_order" AS SELECT "consultation_id", "id", "choice", "group", "cluster" FROM "ballots";--> statement-breakpoint
DELETE FROM "ballots";--> statement-breakpoint
INSERT INTO "ballots" ("consultation_id", "id", "choice", "group", "cluster") SELECT "consultation_id", "id", "choice", "group", "cluster" FROM "ballots_in_key_order" ORDER BY "consultation_id", "id";--> statement-breakpoint
DROP TABLE "ballots_in_key_order";--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_consultation_id_id_pk" PRIMARY KEY("consultation_id","id");
