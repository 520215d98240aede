// GET /api/conversations/:id/report.docx: the conversation's opinion map as a Word report — figures, each
// group's size and representative statements (small groups withheld), consensus, group-informed consensus,
// the statements' votes and what the map means — in Vietnamese (?lang=en for English). Readers of the space:
// it holds nothing they cannot already read on the map. Before the first map, it says how many more votes
// are needed.
import { z } from 'zod';
import { attachmentDisposition } from '../../core/http/content-disposition';
import { opinionReportDocx } from '../../reports/opinion-report.docx';
import type { App, Deps } from '../module';
import { readerOf } from './opinion.guard';
import { tags } from './opinion.routes';
import { conversationParams } from './opinion.schema';
import { conversationReport } from './report.service';

const query = z.object({ lang: z.enum(['vi', 'en']).default('vi') });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function reportRoutes(app: App, { db, now }: Deps) {
  app.get('/api/conversations/:id/report.docx', {
    // A file download: no JSON response schema.
    schema: { tags, summary: 'The opinion map as a Word report: groups and their representative statements (small groups withheld), consensus, group-informed consensus, votes, and the method in plain words', params: conversationParams, querystring: query },
    handler: async (req, reply) => {
      const call = await readerOf(db, req, req.params.id);
      const bytes = await opinionReportDocx(await conversationReport(db, call, req.query.lang, now()), req.query.lang);
      return reply.type(DOCX).header('cache-control', 'no-store').header('content-disposition', attachmentDisposition(`ban-do-y-kien-${call.conversation.slug}.docx`)).send(bytes);
    },
  });
}
