// Staff API of official statistics: the datasets held, one dataset's figures for a year (63, or a count
// summed onto the 34), and the upload of a GSO PX-Web CSV by an administrator. Reads follow the evidence
// hub's other reads (everyone signed in); importing is the administrators', as for index files.
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { InputError } from '../../core/errors';
import { forbidUnless, requireActor } from '../../http/auth.plugin';
import { AppError, errorBody } from '../../http/errors';
import { fileErrorResponse } from '../../http/error.schema';
import { oneImportAtATime } from '../../http/uploads';
import { message } from '../../i18n/messages';
import { IndexFileError } from '../../importers/problems';
import type { App, Deps } from '../module';
import { indicatorPolicy } from './indicator.policy';
import { importStatisticsUpload } from './statistic.upload';
import { statisticsTemplateCsv, statisticsTemplateWorkbook } from './statistic.template';
import { attachmentDisposition } from '../../core/http/content-disposition';
import { codeParams, unitQuery } from './indicator.schema';
import { presentDatasets, presentDatasetScores, presentProvinceStatistics, presentStatisticsImport } from './statistic.presenter';
import { provinceStatistics } from './statistic.profile';
import * as s from './statistic.schema';
import { datasetScores, listDatasets } from './statistic.service';

const tags = ['indicators'];
// GSO's exports are tens of kilobytes; the reader refuses anything over 20 MB anyway.
const UPLOAD_LIMIT = 20 * 1024 * 1024;

export async function statisticRoutes(app: App, { db, now }: Deps) {
  app.get('/api/indicators/statistics', {
    schema: { tags, summary: 'Official statistics datasets held (GSO tables), each with its years', response: { 200: s.datasetsResponse } },
    handler: async (req) => {
      forbidUnless(indicatorPolicy.read(requireActor(req)));
      return presentDatasets(await listDatasets(db));
    },
  });

  app.get('/api/indicators/statistics/:key/:year', {
    schema: {
      tags,
      summary: 'One dataset’s figures for a year, best first by its direction; unit=34 sums a count onto the 34 (a rate is refused: it needs denominators)',
      params: s.datasetParams,
      querystring: s.datasetQuery,
      response: { 200: s.datasetValuesResponse },
    },
    handler: async (req) => {
      forbidUnless(indicatorPolicy.read(requireActor(req)));
      return presentDatasetScores(await datasetScores(db, req.params.key, req.params.year, req.query.unit));
    },
  });

  app.get('/api/localities/:code/statistics', {
    schema: {
      tags,
      summary: 'The official statistics held for a province: each dataset with its source, breaks, figures by year cut at the breaks, and latest figure',
      params: codeParams,
      querystring: unitQuery,
      response: { 200: s.provinceStatisticsResponse },
    },
    handler: async (req) => {
      forbidUnless(indicatorPolicy.read(requireActor(req)));
      return presentProvinceStatistics(await provinceStatistics(db, req.params.code, req.query.unit));
    },
  });

  // File downloads: no JSON response schema.
  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/api/indicators/statistics/template.${format}`, {
      schema: { tags, summary: `The plain template for official statistics (${format}): dataset key, province code, year, value, preliminary mark; every province listed` },
      handler: async (req, reply) => {
        forbidUnless(indicatorPolicy.read(requireActor(req)));
        const body = format === 'csv' ? statisticsTemplateCsv() : await statisticsTemplateWorkbook(now());
        const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
        return reply.type(type).header('cache-control', 'no-store').header('content-disposition', attachmentDisposition(`mau-so-lieu-thong-ke.${format}`)).send(body);
      },
    });
  }

  await app.register(async (child) => {
    const scope = child.withTypeProvider<ZodTypeProvider>();
    scope.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT }, (_req, body, done) => done(null, body));
    scope.post('/api/indicators/statistics/import', {
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags,
        summary: 'Import a GSO PX-Web CSV export as downloaded, or the statistics template (CSV or .xlsx), sent as the raw body; each measure becomes a dataset; all-or-nothing, idempotent',
        consumes: ['application/octet-stream'],
        querystring: s.statisticsImportQuery,
        response: { 200: s.statisticsImportResponse, 400: fileErrorResponse },
      },
      onRequest: async (req) => forbidUnless(indicatorPolicy.import(requireActor(req))),
      handler: async (req, reply) => {
        const { name } = req.query;
        const actor = requireActor(req);
        try {
          return presentStatisticsImport(await oneImportAtATime(actor, () => importStatisticsUpload(db, actor, { bytes: req.body as Buffer, name }, now())));
        } catch (err) {
          if (err instanceof IndexFileError) {
            const rows = new Set(err.problems.map((p) => `${p.sheet}\u0000${p.row}`)).size;
            const body = errorBody('indicators.bad_file', message('indicators.bad_file', { file: err.file, problems: err.problems.length, rows }));
            return reply.status(400).send({ error: { ...body.error, problems: [...err.problems] } });
          }
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
