// Progress reports and evidence (lead and coordinating agencies), reminders and scorecards.
import { attachmentDisposition } from '../../core/http/content-disposition';
import { servedName, vietnamDay } from '../../core/plans';
import { forbidUnless } from '../../http/auth.plugin';
import type { App, Deps } from '../module';
import { type ZodTypeProvider } from 'fastify-type-provider-zod';
import { agenciesOf, planReminders, planScorecards } from './accountability.service';
import { findAction, findPlan, findReport, organisationOf, planContents } from './plan.load';
import { planPolicy } from './plan.policy';
import { presentEvidence, presentReport } from './plan.presenter';
import { evidenceQuery, idParams, remindersQuery, reportBody, scorecardQuery } from './plan.schema';
import * as s from './plan.schema';
import { addEvidence, findEvidence, listEvidence, listReports, submitReport } from './report.service';
import { logReminderSender, type ReminderSender } from './reminder.sender';
import { sendReminders } from './reminder.service';
import { managerOf, readerOf, tags } from './plan.routes';

/** A little over the 5 MB evidence limit, so that the service can say exactly what is wrong. */
const EVIDENCE_BODY_LIMIT = 6 * 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function reportRoutes(app: App, { db, now, config }: Deps, sender: ReminderSender = logReminderSender(app.log)) {
  app.post('/api/actions/:id/reports', {
    schema: { tags, summary: "Report progress for a period (lead or coordinating agency); the same period again replaces it", params: idParams, body: reportBody, response: { 200: s.reportResponse, 201: s.reportResponse } },
    handler: async (req, reply) => {
      const { action, plan, space } = await findAction(db, req.params.id);
      const actor = readerOf(req, space);
      forbidUnless(planPolicy.report(actor, space, await organisationOf(db, actor.userId), action));
      const { report, changed } = await submitReport(db, actor, plan, action, req.body, vietnamDay(now()), now());
      return reply.status(changed ? 201 : 200).send(presentReport(report));
    },
  });

  app.get('/api/actions/:id/reports', {
    schema: { tags, summary: "An action's progress reports with their evidence files", params: idParams, response: { 200: s.reportListResponse } },
    handler: async (req) => {
      const { action, space } = await findAction(db, req.params.id);
      readerOf(req, space);
      const reports = await listReports(db, action.id);
      return { reports: await Promise.all(reports.map(async (r) => ({ ...presentReport(r), evidence: (await listEvidence(db, r.id)).map(presentEvidence) }))) };
    },
  });

  await app.register(async (child) => {
    const scope = child.withTypeProvider<ZodTypeProvider>();
    for (const type of ['application/octet-stream', 'application/pdf', 'image/jpeg', 'image/png']) {
      scope.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: EVIDENCE_BODY_LIMIT }, (_req, body, done) => done(null, body));
    }
    scope.post('/api/reports/:id/evidence', {
      bodyLimit: EVIDENCE_BODY_LIMIT,
      schema: { tags, summary: 'Attach an evidence file (raw body; PDF, JPEG, PNG, DOCX or XLSX by content; at most 5 MB)', params: idParams, querystring: evidenceQuery, consumes: ['application/octet-stream'], response: { 201: s.evidenceResponse } },
      // Checked before the body is read, so that only someone who may report makes the server take in 5 MB.
      onRequest: async (req) => {
        const id = (req.params as { id?: string }).id ?? '';
        if (!UUID.test(id)) return;
        const { action, space } = await findReport(db, id);
        const actor = readerOf(req, space);
        forbidUnless(planPolicy.report(actor, space, await organisationOf(db, actor.userId), action));
      },
      handler: async (req, reply) => {
        const { report, action, plan, space } = await findReport(db, req.params.id);
        const actor = readerOf(req, space);
        forbidUnless(planPolicy.report(actor, space, await organisationOf(db, actor.userId), action));
        const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const limits = { archive: config.archiveLimits, maxFiles: config.evidenceMaxFiles };
        return reply.status(201).send(presentEvidence(await addEvidence(db, actor, plan, report, { name: req.query.name, bytes }, limits, now())));
      },
    });
  });

  app.get('/api/evidence/:id', {
    // A file download (the stored bytes with their media type), not JSON.
    schema: { tags, summary: 'An evidence file', params: idParams },
    handler: async (req, reply) => {
      const file = await findEvidence(db, req.params.id);
      const { space } = await findReport(db, file.reportId);
      readerOf(req, space);
      return reply
        .type(file.mediaType)
        .header('content-disposition', attachmentDisposition(servedName(file.fileName, file.mediaType)))
        .header('x-content-type-options', 'nosniff')
        .send(file.bytes);
    },
  });

  app.get('/api/plans/:id/reminders', {
    schema: { tags, summary: 'What is overdue or due for report, per lead agency, as of today (Vietnam)', params: idParams, querystring: remindersQuery, response: { 200: s.remindersResponse } },
    handler: async (req) => {
      const { plan, space } = await findPlan(db, req.params.id);
      readerOf(req, space);
      const contents = await planContents(db, plan.id);
      const names = await agenciesOf(db, contents);
      const today = vietnamDay(now());
      const due = planReminders(plan, contents, today, req.query.agency);
      return { today, agencies: [...due].map(([id, items]) => ({ id, name: names.get(id)!, items })) };
    },
  });

  app.post('/api/plans/:id/reminders/send', {
    schema: { tags, summary: "Send today's reminders by e-mail to each agency's people in the space (facilitators)", params: idParams, response: { 200: s.remindersSentResponse } },
    handler: async (req) => {
      const { plan, space } = await findPlan(db, req.params.id);
      managerOf(req, space);
      return sendReminders(db, sender, plan, await planContents(db, plan.id), vietnamDay(now()));
    },
  });

  app.get('/api/plans/:id/scorecards', {
    schema: { tags, summary: 'Agency scorecards per reporting period (on-time reporting, actions on track, KPI attainment, overdue)', params: idParams, querystring: scorecardQuery, response: { 200: s.scorecardsResponse } },
    handler: async (req) => {
      const { plan, space } = await findPlan(db, req.params.id);
      readerOf(req, space);
      const contents = await planContents(db, plan.id);
      const names = await agenciesOf(db, contents);
      const today = vietnamDay(now());
      const { periods, cards } = planScorecards(plan, contents, today, req.query);
      return { today, periods, scorecards: cards.map((c) => ({ ...c, agencyName: names.get(c.agencyId)! })) };
    },
  });
}
