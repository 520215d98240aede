// Export and import of a plan's actions and progress (XLSX with two sheets, or CSV one table at a time).
import { type ZodTypeProvider } from 'fastify-type-provider-zod';
import { roleIn } from '../../http/actor';
import { forbidUnless } from '../../http/auth.plugin';
import { AppError, errorBody } from '../../http/errors';
import { InputError } from '../../core/errors';
import { message } from '../../i18n/messages';
import { organisations } from '../accounts/account.table';
import type { App, Deps } from '../module';
import { planCsv, planWorkbook } from './plan.export';
import { PlanFileError, importPlanFile } from './plan.import';
import { findPlan, planContents } from './plan.load';
import { planPolicy } from './plan.policy';
import { exportQuery, idParams, importQuery } from './plan.schema';
import { readerOf, tags } from './plan.routes';

const IMPORT_LIMIT = 10 * 1024 * 1024;

export async function ioRoutes(app: App, { db, now }: Deps) {
  const names = async () => ({ organisationSlugs: new Map((await db.select({ id: organisations.id, slug: organisations.slug }).from(organisations)).map((o) => [o.id, o.slug])) });

  app.get('/api/plans/:id/export.xlsx', {
    schema: { tags, summary: 'Actions and progress as an Excel workbook (sheets "Nhiệm vụ" and "Tiến độ"), ready to edit and import again', params: idParams },
    handler: async (req, reply) => {
      const { plan, space } = await findPlan(db, req.params.id);
      readerOf(req, space);
      const bytes = await planWorkbook(await planContents(db, plan.id), await names(), now());
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="plan-${plan.id}.xlsx"`)
        .send(bytes);
    },
  });

  app.get('/api/plans/:id/export.csv', {
    schema: { tags, summary: 'Actions (sheet=actions) or progress (sheet=progress) as CSV', params: idParams, querystring: exportQuery },
    handler: async (req, reply) => {
      const { plan, space } = await findPlan(db, req.params.id);
      readerOf(req, space);
      const csv = planCsv(req.query.sheet, await planContents(db, plan.id), await names());
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="plan-${plan.id}-${req.query.sheet}.csv"`).send(csv);
    },
  });

  await app.register(async (child) => {
    const scope = child.withTypeProvider<ZodTypeProvider>();
    for (const type of ['application/octet-stream', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']) {
      scope.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: IMPORT_LIMIT }, (_req, body, done) => done(null, body));
    }
    scope.post('/api/plans/:id/import', {
      bodyLimit: IMPORT_LIMIT,
      schema: {
        tags,
        summary: 'Import actions and/or progress (raw body; format=xlsx|csv, sheet for CSV). All-or-nothing; every bad row listed in "problems"',
        params: idParams,
        querystring: importQuery,
        consumes: ['application/octet-stream'],
      },
      handler: async (req, reply) => {
        const { plan, space } = await findPlan(db, req.params.id);
        const actor = readerOf(req, space);
        forbidUnless(planPolicy.manage(actor, space) || (roleIn(actor, space.id) !== 'observer' && actor.userId !== null));
        const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        try {
          return await importPlanFile(db, actor, plan, space, { bytes, name: req.query.name, format: req.query.format, sheet: req.query.sheet }, now());
        } catch (err) {
          if (err instanceof PlanFileError) {
            const rows = new Set(err.problems.map((p) => `${p.sheet}\u0000${p.row}`)).size;
            const body = errorBody('plan.bad_file', message('plan.bad_file', { file: err.file, problems: err.problems.length, rows }));
            return reply.status(400).send({ error: { ...body.error, problems: err.problems } });
          }
          if (err instanceof InputError) throw AppError.of(400, 'plan.file_rejected', { file: req.query.name, detail: err.message });
          throw err;
        }
      },
    });
  });
}
