// GET …/scenarios/:scenarioId/report.docx[?lang=en]: a scenario's report as a Word document (core/devolution's
// document model through the shared Word layout), for anyone who reads the space; Vietnamese unless lang=en,
// names in English where they were given in English.
import { attachmentDisposition } from '../../core/http/content-disposition';
import { scenarioReport } from '../../core/devolution';
import { minutesDocx } from '../../reports/minutes.docx';
import type { App, Deps } from '../module';
import { listActivities } from './activity.service';
import { readerOf } from './devolution.guard';
import { tags } from './devolution.routes';
import { reportQuery, scenarioParams } from './devolution.schema';
import { reviewStatuses } from './review.service';
import { findScenario } from './scenario.service';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function reportRoutes(app: App, { db, now }: Deps) {
  app.get('/api/spaces/:id/devolution/scenarios/:scenarioId/report.docx', {
    schema: { tags, summary: 'A scenario as a Word report (Vietnamese, or English with lang=en): inventory summary, moves with rationale, per-level tables, capacity check, roadmap, review status', params: scenarioParams, querystring: reportQuery },
    handler: async (req, reply) => {
      const { space, units } = await readerOf(db, req, req.params.id);
      const scenario = await findScenario(db, space.id, req.params.scenarioId);
      const { lang } = req.query;
      const named = (text: { vi: string; en?: string | null }) => (lang === 'en' && text.en ? text.en : text.vi);
      const document = scenarioReport({
        lang,
        spaceTitle: named(space.title),
        scenario: { name: named(scenario.name), date: scenario.date, moves: scenario.moves, illustrativeNote: scenario.illustrativeNote },
        activities: await listActivities(db, space.id),
        units: units.map((u) => ({ key: u.key, name: named(u.name) })),
        reviews: await reviewStatuses(db, space.id, units),
        createdAt: now(),
      });
      const bytes = await minutesDocx(document);
      return reply.type(DOCX).header('cache-control', 'no-store').header('content-disposition', attachmentDisposition(`phan-cap-${scenario.key}${lang === 'en' ? '-en' : ''}.docx`)).send(bytes);
    },
  });
}
