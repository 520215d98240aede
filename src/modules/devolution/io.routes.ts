// The inventory as an Excel workbook: exported for anyone who reads the space, imported by coordinators
// (raw body; the archive limits checked before it is parsed, one import per person at a time; all-or-nothing).
import { type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { InputError } from '../../core/errors';
import { forbidUnless } from '../../http/auth.plugin';
import { fileErrorResponse } from '../../http/error.schema';
import { AppError, errorBody } from '../../http/errors';
import { oneImportAtATime, uploadRefusal } from '../../http/uploads';
import { message } from '../../i18n/messages';
import { readXlsxGrids } from '../../importers/xlsx.reader';
import type { App, Deps } from '../module';
import { listActivities, replaceInventory } from './activity.service';
import { coordinatorOf, readerOf } from './devolution.guard';
import { devolutionPolicy } from './devolution.policy';
import { tags } from './devolution.routes';
import { spaceParams } from './devolution.schema';
import { inventoryWorkbook } from './inventory.export';
import { InventoryFileError, readInventory } from './inventory.import';

const IMPORT_LIMIT = 10 * 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const importQuery = z.object({ name: z.string().trim().min(1).max(200).default('inventory.xlsx').describe('the file name, quoted in messages') });
const importResponse = z.object({ added: z.number(), changed: z.number(), removed: z.number() });

export async function ioRoutes(app: App, { db, now, config }: Deps) {
  app.get('/api/spaces/:id/devolution/inventory.xlsx', {
    schema: { tags, summary: 'The inventory as an Excel workbook, one sheet per sector, ready to edit and import again', params: spaceParams },
    handler: async (req, reply) => {
      const { space } = await readerOf(db, req, req.params.id);
      const bytes = await inventoryWorkbook(await listActivities(db, space.id), now());
      return reply.type(XLSX).header('content-disposition', `attachment; filename="inventory-${space.slug}.xlsx"`).send(bytes);
    },
  });

  await app.register(async (child) => {
    const scope = child.withTypeProvider<ZodTypeProvider>();
    for (const type of ['application/octet-stream', XLSX]) scope.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: IMPORT_LIMIT }, (_req, body, done) => done(null, body));
    scope.post('/api/spaces/:id/devolution/inventory.xlsx', {
      bodyLimit: IMPORT_LIMIT,
      schema: { tags, summary: 'Replace the inventory from an Excel workbook (coordinators; raw body). All-or-nothing; every bad row listed in "problems"', params: spaceParams, querystring: importQuery, consumes: ['application/octet-stream'], response: { 200: importResponse, 400: fileErrorResponse } },
      // Checked before the body is read, so that only someone who may import makes the server take in 10 MB.
      onRequest: async (req) => {
        const id = (req.params as { id?: string }).id ?? '';
        if (!/^[0-9a-f-]{36}$/i.test(id)) return;
        forbidUnless(devolutionPolicy.coordinate((await readerOf(db, req, id)).access));
      },
      handler: async (req, reply) => {
        const call = await coordinatorOf(db, req, req.params.id);
        const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const file = req.query.name;
        try {
          return await oneImportAtATime(call.actor, async () => {
            const grids = await readXlsxGrids(bytes, file, config.archiveLimits);
            return replaceInventory(db, call, readInventory(grids, file, call.units.map((u) => u.key)), now());
          });
        } catch (err) {
          if (err instanceof InventoryFileError) {
            const rows = new Set(err.problems.map((p) => `${p.sheet}\u0000${p.row}`)).size;
            const body = errorBody('devolution.bad_file', message('devolution.bad_file', { file, problems: err.problems.length, rows }));
            return reply.status(400).send({ error: { ...body.error, problems: err.problems } });
          }
          const refused = uploadRefusal(err);
          if (refused) throw refused;
          if (err instanceof InputError) {
            throw new AppError(400, 'devolution.file_rejected', { vi: message('devolution.file_rejected', { file, detail: err.vi ?? err.message }).vi, en: message('devolution.file_rejected', { file, detail: err.message }).en });
          }
          throw err;
        }
      },
    });
  });
}
