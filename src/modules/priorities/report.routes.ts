// The exercise as files officials hand on: a Word and a PDF report in Vietnamese, and every number in
// an Excel workbook. Same permission as the results they stand for.
import type { FastifyReply } from 'fastify';
import { forbidUnless, requireActor } from '../../http/auth.plugin';
import { AppError } from '../../http/errors';
import type { App, Deps } from '../module';
import { findSpace, spacePolicy } from '../spaces';
import { reportDocx } from './exports/report.docx';
import { reportPdf } from './exports/report.pdf';
import { reportWorkbook } from './exports/report.xlsx';
import { reportModel } from './exports/report.model';
import { priorityPolicy } from './priority.policy';
import { exerciseParams } from './priority.schema';
import { findExercise } from './priority.service';
import { exerciseResults } from './results.service';

const types = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

function download(reply: FastifyReply, kind: keyof typeof types, name: string, body: Buffer) {
  return reply.type(types[kind]).header('content-disposition', `attachment; filename="${name}.${kind}"`).header('cache-control', 'no-store').send(body);
}

export async function reportRoutes(app: App, { db, now }: Deps) {
  const makers = { docx: reportDocx, pdf: reportPdf, xlsx: reportWorkbook } as const;
  for (const kind of ['docx', 'pdf', 'xlsx'] as const) {
    app.get(`/api/priority-exercises/:id/report.${kind}`, {
      schema: { tags: ['priorities'], summary: `The exercise in Vietnamese as ${kind.toUpperCase()}: method, inputs, weights with CR, results, sensitivity`, params: exerciseParams },
      handler: async (req, reply) => {
        const actor = requireActor(req);
        const exercise = await findExercise(db, req.params.id);
        const found = await findSpace(db, exercise.spaceId).catch(() => null);
        if (!found || !spacePolicy.read(actor, found.space)) throw AppError.of(404, 'priorities.not_found');
        forbidUnless(priorityPolicy.read(actor, exercise.spaceId));
        const model = reportModel(await exerciseResults(db, exercise), now());
        return download(reply, kind, `uu-tien-${exercise.id}`, await makers[kind](model));
      },
    });
  }
}
