CREATE TABLE "area_mapping_versions" (
	"version" integer PRIMARY KEY NOT NULL,
	"mapping" jsonb,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
