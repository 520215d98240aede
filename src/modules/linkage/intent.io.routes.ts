// Offers and needs as an Excel sheet: export and an empty template (readers), and the import of an edited
// sheet (a coordinator, or an official bound to a locality for that locality's rows), all-or-nothing with
// every bad row listed. The upload is capped before it is read (body limit; the archive limits before the
// workbook is unpacked; one import per person at a time).
import { z } from 'zod';
import { type ZodTypeProvider } from 'fastify-type-provider-zod';
import { InputError } from '../../core/errors';
import { attachmentDisposition } from '../../core/http/content-disposition';
import { forbidUnless } from '../../http/auth.plugin';
import { fileErrorResponse } from '../../http/error.schema';
import { AppError, errorBody } from '../../http/errors';
import { oneImportAtATime, uploadRefusal } from '../../http/uploads';
import { message } from '../../i18n/messages';
import type { App, Deps } from '../module';
import { intentWorkbook } from './intent.export';
import { IntentFileError, importIntentFile } from './intent.import';
import { listIntents } from './intent.service';
import { readerOf } from './linkage.guard';
import { linkagePolicy } from './linkage.policy';
import { tags } from './linkage.routes';
import * as s from './linkage.schema';

const IMPORT_LIMIT = 10 * 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const importQuery = z.object({ name: z.string().min(1).max(200).default('de-xuat-nhu-cau.xlsx').describe("the file's name, used in messages") });
const importResponse = z.object({ created: z.number(), updated: z.number(), unchanged: z.number() }).meta({ id: 'LinkageIntentImport' });

export async function intentIoRoutes(app: App, { db, now, config }: Deps) {
  for (const [file, empty] of [['export', false], ['template', true]] as const) {
    // File downloads: no JSON response schema.
    app.get(`/api/spaces/:id/linkage/intents/${file}.xlsx`, {
      schema: { tags, summary: empty ? 'An empty offers-and-needs sheet to fill in, with a guide to the codes it accepts' : "The region's offers and needs as an Excel sheet, ready to edit and import again", params: s.spaceParams },
      handler: async (req, reply) => {
        const { space, localities } = await readerOf(db, req, req.params.id);
        const bytes = await intentWorkbook(empty ? [] : await listIntents(db, space.id), localities, now());
        return reply.type(XLSX).header('cache-control', 'no-store').header('content-disposition', attachmentDisposition(`${empty ? 'mau-' : ''}de-xuat-nhu-cau-${space.slug}.xlsx`)).send(bytes);
      },
    });
  }

  await app.register(async (child) => {
    const scope = child.withTypeProvider<ZodTypeProvider>();
    for (const type of ['application/octet-stream', XLSX]) scope.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: IMPORT_LIMIT }, (_req, body, done) => done(null, body));
    scope.post('/api/spaces/:id/linkage/intents/import', {
      bodyLimit: IMPORT_LIMIT,
      schema: {
        tags,
        summary: 'Import offers and needs from an .xlsx sheet (raw body). All-or-nothing; every bad row listed in "problems"; rows equal to what is stored change nothing (coordinators; an official for their locality)',
        params: s.spaceParams,
        querystring: importQuery,
        consumes: ['application/octet-stream'],
        response: { 200: importResponse, 400: fileErrorResponse },
      },
      // Checked before the body is read, so that only someone who may import makes the server take in 10 MB.
      onRequest: async (req) => {
        const id = (req.params as { id?: string }).id ?? '';
        if (UUID.test(id)) forbidUnless(linkagePolicy.importIntents((await readerOf(db, req, id)).access));
      },
      handler: async (req, reply) => {
        const call = await readerOf(db, req, req.params.id);
        forbidUnless(linkagePolicy.importIntents(call.access));
        const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        try {
          return await oneImportAtATime(call.actor, () => importIntentFile(db, call, { bytes, name: req.query.name, limits: config.archiveLimits }, now()));
        } catch (err) {
          if (err instanceof IntentFileError) {
            const rows = new Set(err.problems.map((p) => `${p.sheet}\u0000${p.row}`)).size;
            const body = errorBody('linkage.bad_file', message('linkage.bad_file', { file: err.file, problems: err.problems.length, rows }));
            return reply.status(400).send({ error: { ...body.error, problems: err.problems } });
          }
          const refused = uploadRefusal(err);
          if (refused) throw refused;
          if (err instanceof InputError) {
            const text = { vi: message('linkage.file_rejected', { file: req.query.name, detail: err.vi ?? err.message }).vi, en: message('linkage.file_rejected', { file: req.query.name, detail: err.message }).en };
            throw new AppError(400, 'linkage.file_rejected', text);
          }
          throw err;
        }
      },
    });
  });
}
