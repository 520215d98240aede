-- Participation per day kept running (issue 18): votes cast and participants created per conversation and
-- Vietnam's day (UTC+7), moved in the transactions that write them, so the staff panel reads no votes.
CREATE TABLE "opinion_participation_days" (
	"conversation_id" uuid NOT NULL,
	"day" date NOT NULL,
	"votes" integer DEFAULT 0 NOT NULL,
	"participants" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "opinion_participation_days_conversation_id_day_pk" PRIMARY KEY("conversation_id","day")
);
--> statement-breakpoint
ALTER TABLE "opinion_participation_days" ADD CONSTRAINT "opinion_participation_days_conversation_id_opinion_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."opinion_conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Backfill from what is stored: each vote once, on the day it was last cast (a re-vote replaced the
-- earlier one, whose day was not kept), and each participant on the day it was created.
INSERT INTO "opinion_participation_days" ("conversation_id", "day", "votes", "participants")
SELECT "conversation_id", "day", sum("votes")::int, sum("participants")::int FROM (
	SELECT "conversation_id", (("voted_at" AT TIME ZONE 'UTC') + interval '7 hours')::date AS "day", 1 AS "votes", 0 AS "participants" FROM "opinion_votes"
	UNION ALL
	SELECT "conversation_id", (("created_at" AT TIME ZONE 'UTC') + interval '7 hours')::date, 0, 1 FROM "opinion_participants"
) AS "stored" GROUP BY "conversation_id", "day";