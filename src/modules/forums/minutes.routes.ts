// GET /api/forums/:id/minutes.docx and minutes.pdf: the forum's minutes (biên bản) as Word and PDF, in
// Vietnamese (?lang=en for English). Facilitators only: the minutes are the organisers' record of the
// whole forum (every point's attendance, every recommendation, proposed and declined ones too), so a
// point moderator, who sees their own point, does not issue them.
import { z } from 'zod';
import { attachmentDisposition } from '../../core/http/content-disposition';
import { minutesDocument } from '../../core/forums/minutes';
import { minutesDocx } from '../../reports/minutes.docx';
import { minutesPdf } from '../../reports/minutes.pdf';
import type { App, Deps } from '../module';
import { managerOf } from './forum.guard';
import { tags } from './forum.routes';
import { idParams } from './forum.schema';
import { forumMinutes } from './minutes.service';
import type { PollCounter } from './poll.results';

const query = z.object({ lang: z.enum(['vi', 'en']).default('vi') });
const files = {
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', write: minutesDocx },
  pdf: { type: 'application/pdf', write: minutesPdf },
};

export async function minutesRoutes(app: App, { db, now }: Deps) {
  const count: PollCounter = (c, options, q) => app.resultsCache.get(c, options, q);
  for (const [ext, file] of Object.entries(files)) {
    app.get(`/api/forums/:id/minutes.${ext}`, {
      schema: { tags, summary: `The forum's minutes as ${ext === 'docx' ? 'a Word document' : 'a PDF'}: agenda, attendance per point, contributions, polls, questions and answers, recommendations with owners and status (facilitators)`, params: idParams, querystring: query },
      handler: async (req, reply) => {
        const { forum } = await managerOf(db, req, req.params.id);
        const input = await forumMinutes(db, forum, count, req.query.lang, now());
        const bytes = await file.write(minutesDocument(input, req.query.lang));
        return reply.type(file.type).header('cache-control', 'no-store').header('content-disposition', attachmentDisposition(`bien-ban-${forum.slug}.${ext}`)).send(bytes);
      },
    });
  }
}
