// Export and import of a plan's actions and progress (XLSX with two sheets, or CSV one table at a time).
import { type ZodTypeProvider } from 'fastify-type-provider-zod';
import { forbidUnless } from '../../http/auth.plugin';
import { AppError, errorBody } from '../../http/errors';
import { fileErrorResponse } from '../../http/error.schema';
import { oneImportAtATime, uploadRefusal } from '../../http/uploads';
import { InputError } from '../../core/errors';
import { message } from '../../i18n/messages';
import { organisationSlugs } from '../accounts';
import type { App, Deps } from '../module';
import { planCsv, planWorkbook } from './plan.export';
import { PlanFileError, importPlanFile } from './plan.import';
import { findPlan, planContents } from './plan.load';
import { planPolicy } from './plan.policy';
import { exportQuery, idParams, importQuery, importResponse } from './plan.schema';
import { readerOf, tags } from './plan.routes';

const IMPORT_LIMIT = 10 * 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function ioRoutes(app: App, { db, now, config }: Deps) {
  const names = async () => ({ organisationSlugs: await organisationSlugs(db) });

  // The two exports are file downloads (XLSX, CSV), not JSON.
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
        response: { 200: importResponse, 400: fileErrorResponse },
      },
      // Checked before the body is read, so that only someone who may import makes the server take in 10 MB.
      onRequest: async (req) => {
        const id = (req.params as { id?: string }).id ?? '';
        if (!UUID.test(id)) return;
        const { space } = await findPlan(db, id);
        forbidUnless(planPolicy.reportInSpace(readerOf(req, space), space));
      },
      handler: async (req, reply) => {
        const { plan, space } = await findPlan(db, req.params.id);
        const actor = readerOf(req, space);
        forbidUnless(planPolicy.reportInSpace(actor, space));
        const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const input = { bytes, name: req.query.name, format: req.query.format, sheet: req.query.sheet, limits: config.archiveLimits };
        try {
          return await oneImportAtATime(actor, () => importPlanFile(db, actor, plan, space, input, now()));
        } catch (err) {
          if (err instanceof PlanFileError) {
            const rows = new Set(err.problems.map((p) => `${p.sheet}\u0000${p.row}`)).size;
            const body = errorBody('plan.bad_file', message('plan.bad_file', { file: err.file, problems: err.problems.length, rows }));
            return reply.status(400).send({ error: { ...body.error, problems: err.problems } });
          }
          const refused = uploadRefusal(err);
          if (refused) throw refused;
          if (err instanceof InputError) {
            const text = { vi: message('plan.file_rejected', { file: req.query.name, detail: err.vi ?? err.message }).vi, en: message('plan.file_rejected', { file: req.query.name, detail: err.message }).en };
            throw new AppError(400, 'plan.file_rejected', text);
          }
          throw err;
        }
      },
    });
  });
}
