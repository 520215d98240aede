CREATE TABLE "failure_locks" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD COLUMN "expires_at" timestamp with time zone;
--> statement-breakpoint
-- Tokens made before tokens expired keep working for 90 days from their creation, and for at least
-- 30 days after this upgrade, so that no script stops the day the new version is installed.
UPDATE "api_tokens" SET "expires_at" = greatest("created_at" + interval '90 days', now() + interval '30 days');
--> statement-breakpoint
ALTER TABLE "api_tokens" ALTER COLUMN "expires_at" SET NOT NULL;