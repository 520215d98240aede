CREATE TABLE "ballot_rankings" (
	"consultation_id" uuid NOT NULL,
	"cell" text NOT NULL,
	"ranking" text NOT NULL,
	"weight" bigint NOT NULL,
	CONSTRAINT "ballot_rankings_consultation_id_cell_ranking_pk" PRIMARY KEY("consultation_id","cell","ranking")
);
--> statement-breakpoint
CREATE TABLE "ballot_tallies" (
	"consultation_id" uuid NOT NULL,
	"cell" text NOT NULL,
	"group" text,
	"cluster" text,
	"ballots" bigint NOT NULL,
	"tally" jsonb NOT NULL,
	CONSTRAINT "ballot_tallies_consultation_id_cell_pk" PRIMARY KEY("consultation_id","cell")
);
--> statement-breakpoint
-- Consultations stored before running tallies were kept have none: version 0 makes their next count
-- recount their ballots once into the tallies, under the consultation's lock
-- (modules/consultations/tally.store.ts); consultations created from now on keep them from the start.
ALTER TABLE "consultations" ADD COLUMN "tally_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "consultations" ALTER COLUMN "tally_version" SET DEFAULT 1;--> statement-breakpoint
ALTER TABLE "ballot_rankings" ADD CONSTRAINT "ballot_rankings_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_tallies" ADD CONSTRAINT "ballot_tallies_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;