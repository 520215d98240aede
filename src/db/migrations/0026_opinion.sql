CREATE TABLE "opinion_conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"forum_id" uuid,
	"slug" text NOT NULL,
	"title" jsonb NOT NULL,
	"topic" jsonb NOT NULL,
	"statement_max_length" integer DEFAULT 140 NOT NULL,
	"statements_per_participant" integer DEFAULT 5 NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"votes_version" integer DEFAULT 0 NOT NULL,
	"next_tid" integer DEFAULT 0 NOT NULL,
	"next_pid" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "opinion_conversations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "opinion_maps" (
	"conversation_id" uuid PRIMARY KEY NOT NULL,
	"result" jsonb NOT NULL,
	"state" jsonb NOT NULL,
	"extremity" jsonb NOT NULL,
	"votes_version" integer NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opinion_participants" (
	"conversation_id" uuid NOT NULL,
	"pid" integer NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "opinion_participants_conversation_id_pid_pk" PRIMARY KEY("conversation_id","pid")
);
--> statement-breakpoint
CREATE TABLE "opinion_statements" (
	"conversation_id" uuid NOT NULL,
	"tid" integer NOT NULL,
	"text" text NOT NULL,
	"normalised" text NOT NULL,
	"author_pid" integer,
	"status" text NOT NULL,
	"is_meta" boolean DEFAULT false NOT NULL,
	"agree" integer DEFAULT 0 NOT NULL,
	"disagree" integer DEFAULT 0 NOT NULL,
	"pass" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "opinion_statements_conversation_id_tid_pk" PRIMARY KEY("conversation_id","tid")
);
--> statement-breakpoint
CREATE TABLE "opinion_votes" (
	"conversation_id" uuid NOT NULL,
	"pid" integer NOT NULL,
	"tid" integer NOT NULL,
	"value" smallint NOT NULL,
	"voted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "opinion_votes_conversation_id_pid_tid_pk" PRIMARY KEY("conversation_id","pid","tid"),
	CONSTRAINT "opinion_votes_value" CHECK ("opinion_votes"."value" in (-1, 0, 1))
);
--> statement-breakpoint
ALTER TABLE "opinion_conversations" ADD CONSTRAINT "opinion_conversations_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinion_conversations" ADD CONSTRAINT "opinion_conversations_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinion_maps" ADD CONSTRAINT "opinion_maps_conversation_id_opinion_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."opinion_conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinion_participants" ADD CONSTRAINT "opinion_participants_conversation_id_opinion_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."opinion_conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinion_statements" ADD CONSTRAINT "opinion_statements_conversation_id_opinion_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."opinion_conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinion_votes" ADD CONSTRAINT "opinion_votes_conversation_id_opinion_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."opinion_conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "opinion_participants_token" ON "opinion_participants" USING btree ("conversation_id","token_hash");--> statement-breakpoint
CREATE INDEX "opinion_participants_created" ON "opinion_participants" USING btree ("conversation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "opinion_statements_normalised" ON "opinion_statements" USING btree ("conversation_id","normalised");--> statement-breakpoint
CREATE INDEX "opinion_statements_author" ON "opinion_statements" USING btree ("conversation_id","author_pid");--> statement-breakpoint
CREATE INDEX "opinion_votes_voted_at" ON "opinion_votes" USING btree ("conversation_id","voted_at");