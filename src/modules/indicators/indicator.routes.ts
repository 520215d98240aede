// Staff API of the evidence hub's editions: what is held, one edition's scores (63 or 34), and the upload
// of an official workbook or CSV by an administrator.
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { INDICES } from '../../core/indices/frameworks';
import { InputError } from '../../core/errors';
import { forbidUnless, requireActor } from '../../http/auth.plugin';
import { AppError, errorBody } from '../../http/errors';
import { fileErrorResponse } from '../../http/error.schema';
import { oneImportAtATime, uploadRefusal } from '../../http/uploads';
import { message } from '../../i18n/messages';
import { IndexFileError } from '../../importers/problems';
import type { App, Deps } from '../module';
import { importUpload } from './import.service';
import { presentEdition, presentImport } from './indicator.presenter';
import { indicatorPolicy } from './indicator.policy';
import * as s from './indicator.schema';
import { editionScores, listEditions } from './indicator.service';

const tags = ['indicators'];
// The official workbooks are well under 1 MB; the readers refuse anything over 20 MB anyway.
const UPLOAD_LIMIT = 20 * 1024 * 1024;

export async function indicatorRoutes(app: App, { db, now, config }: Deps) {
  app.get('/api/indicators', {
    schema: { tags, summary: 'The indices the platform knows and the editions imported, with their source files', response: { 200: s.editionsResponse } },
    handler: async (req) => {
      forbidUnless(indicatorPolicy.read(requireActor(req)));
      const editions = await listEditions(db);
      return {
        indices: INDICES.map(({ key, vi, en, publisher, firstYear }) => ({ key, vi, en, publisher, firstYear })),
        editions: editions.map((e) => ({ ...e, source: { ...e.source, importedAt: e.source.importedAt.toISOString() } })),
      };
    },
  });

  app.get('/api/indicators/:index/:year', {
    schema: {
      tags,
      summary: 'Scores of one edition, best first: as published for the 63, or re-aggregated onto the 34 (unit=34) with the method and constituents',
      params: s.editionParams,
      querystring: s.unitQuery,
      response: { 200: s.editionResponse },
    },
    handler: async (req) => {
      forbidUnless(indicatorPolicy.read(requireActor(req)));
      return presentEdition(await editionScores(db, req.params.index, req.params.year, req.query.unit));
    },
  });

  // A raw body needs its own parser; registering it in a child scope keeps it off every other route.
  await app.register(async (child) => {
    const scope = child.withTypeProvider<ZodTypeProvider>();
    scope.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT }, (_req, body, done) => done(null, body));
    scope.post('/api/indicators/import', {
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags,
        summary: 'Import an official PCI workbook (.xlsx) or a PAPI workbook/CSV, sent as the raw body; all-or-nothing, idempotent',
        consumes: ['application/octet-stream'],
        querystring: s.importQuery,
        body: s.importBody,
        response: { 200: s.importResponse, 400: fileErrorResponse },
      },
      // Checked before the body is read, so that only an administrator can make the server take in 20 MB.
      onRequest: async (req) => forbidUnless(indicatorPolicy.import(requireActor(req))),
      handler: async (req, reply) => {
        const { name, index, year } = req.query;
        const actor = requireActor(req);
        try {
          return presentImport(await oneImportAtATime(actor, () => importUpload(db, actor, { bytes: req.body, name, index, year, limits: config.archiveLimits }, now())));
        } catch (err) {
          if (err instanceof IndexFileError) {
            const rows = new Set(err.problems.map((p) => `${p.sheet}\u0000${p.row}`)).size;
            const body = errorBody('indicators.bad_file', message('indicators.bad_file', { file: err.file, problems: err.problems.length, rows }));
            return reply.status(400).send({ error: { ...body.error, problems: [...err.problems] } });
          }
          const refused = uploadRefusal(err);
          if (refused) throw refused;
          if (err instanceof InputError) {
            const vi = message('indicators.file_rejected', { file: name, detail: err.vi ?? err.message }).vi;
            throw new AppError(400, 'indicators.file_rejected', { vi, en: message('indicators.file_rejected', { file: name, detail: err.message }).en });
          }
          throw err;
        }
      },
    });
  });
}
