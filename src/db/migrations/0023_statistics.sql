CREATE TABLE "statistic_datasets" (
	"key" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"unit_vi" text NOT NULL,
	"unit_en" text NOT NULL,
	"definition_vi" text NOT NULL,
	"definition_en" text NOT NULL,
	"direction" text NOT NULL,
	"aggregation" text NOT NULL,
	"source_vi" text NOT NULL,
	"source_en" text NOT NULL,
	"licence_vi" text NOT NULL,
	"licence_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistic_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dataset_key" text NOT NULL,
	"file" text NOT NULL,
	"sha256" text NOT NULL,
	"title" text NOT NULL,
	"years" jsonb NOT NULL,
	"values" integer NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistic_values" (
	"dataset_key" text NOT NULL,
	"year" integer NOT NULL,
	"unit_set" smallint NOT NULL,
	"locality_code" text NOT NULL,
	"value" double precision NOT NULL,
	"preliminary" boolean NOT NULL,
	"import_id" uuid NOT NULL,
	CONSTRAINT "statistic_values_pkey" PRIMARY KEY("dataset_key","year","locality_code")
);
--> statement-breakpoint
ALTER TABLE "statistic_imports" ADD CONSTRAINT "statistic_imports_dataset_key_statistic_datasets_key_fk" FOREIGN KEY ("dataset_key") REFERENCES "public"."statistic_datasets"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistic_values" ADD CONSTRAINT "statistic_values_dataset_key_statistic_datasets_key_fk" FOREIGN KEY ("dataset_key") REFERENCES "public"."statistic_datasets"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistic_values" ADD CONSTRAINT "statistic_values_import_id_statistic_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."statistic_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "statistic_imports_dataset_idx" ON "statistic_imports" USING btree ("dataset_key","at");--> statement-breakpoint
CREATE INDEX "statistic_values_import_idx" ON "statistic_values" USING btree ("import_id");