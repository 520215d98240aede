CREATE TABLE "index_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"index" text NOT NULL,
	"year" integer NOT NULL,
	"file" text NOT NULL,
	"sha256" text NOT NULL,
	"rows" integer NOT NULL,
	"outcome" text NOT NULL,
	"gaps" jsonb NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "index_values" (
	"index" text NOT NULL,
	"year" integer NOT NULL,
	"unit_set" smallint NOT NULL,
	"locality_code" text NOT NULL,
	"dimensions" jsonb NOT NULL,
	"subdimensions" jsonb,
	"score" double precision,
	"rank" integer,
	"source_file" text NOT NULL,
	"source_sha256" text NOT NULL,
	"import_id" uuid NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	CONSTRAINT "index_values_pkey" PRIMARY KEY("index","year","locality_code")
);
--> statement-breakpoint
ALTER TABLE "index_values" ADD CONSTRAINT "index_values_import_id_index_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."index_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "index_imports_edition_idx" ON "index_imports" USING btree ("index","year","at");--> statement-breakpoint
CREATE INDEX "index_values_import_idx" ON "index_values" USING btree ("import_id");