CREATE TABLE "stability_figures" (
	"consultation_id" uuid NOT NULL,
	"key" text NOT NULL,
	"ballots" bigint NOT NULL,
	"figure" jsonb NOT NULL,
	CONSTRAINT "stability_figures_consultation_id_key_pk" PRIMARY KEY("consultation_id","key")
);
--> statement-breakpoint
ALTER TABLE "stability_figures" ADD CONSTRAINT "stability_figures_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;