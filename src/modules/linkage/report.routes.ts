// GET …/linkage/agreements/:agreementId/report.docx: the agreement's follow-through for the region's council
// as a Word document, in Vietnamese (?lang=en for English), read on a day (?on=, today by default). Readers
// of the region: it holds nothing they cannot already read.
import { z } from 'zod';
import { attachmentDisposition } from '../../core/http/content-disposition';
import { linkageReport } from '../../core/linkage/report';
import { vietnamDay } from '../../core/plans';
import { linkageReportDocx } from '../../reports/linkage-report.docx';
import type { App, Deps } from '../module';
import { findAgreement } from './agreement.service';
import { readerOf } from './linkage.guard';
import { tags } from './linkage.routes';
import { agreementParams, onQuery } from './linkage.schema';
import { agreementReport } from './report.service';

const query = onQuery.extend({ lang: z.enum(['vi', 'en']).default('vi') });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function reportRoutes(app: App, { db, now }: Deps) {
  app.get('/api/spaces/:id/linkage/agreements/:agreementId/report.docx', {
    // A file download: no JSON response schema.
    schema: { tags, summary: "The agreement's follow-through as a Word report for the region's council: parties and their 2025 successors, commitments with budget shares, latest progress and red/amber/green, paper to practice per province and per quarter, related regional projects", params: agreementParams, querystring: query },
    handler: async (req, reply) => {
      const call = await readerOf(db, req, req.params.id);
      const agreement = await findAgreement(db, call.space.id, req.params.agreementId);
      const today = vietnamDay(now());
      const input = await agreementReport(db, call, agreement, req.query.on ?? today, today);
      const bytes = await linkageReportDocx(linkageReport(input, req.query.lang));
      return reply.type(DOCX).header('cache-control', 'no-store').header('content-disposition', attachmentDisposition(`bao-cao-thoa-thuan-${agreement.startsOn.slice(0, 4)}.docx`)).send(bytes);
    },
  });
}
