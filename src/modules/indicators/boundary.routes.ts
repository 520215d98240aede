// Province boundaries for the evidence hub's choropleth. Geometry is published data the project does not
// carry (see ../shared/data/vn/README.md): it is read from the folder DOITHOAI_BOUNDARIES names, once per
// file, and kept in memory as the JSON text it answers with. Without that folder the staff app draws its
// tile-grid map only.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { UnitSet } from '../../core/localities/types';
import { forbidUnless, requireActor } from '../../http/auth.plugin';
import { AppError } from '../../http/errors';
import type { Localized } from '../../i18n/messages';
import type { App } from '../module';
import { indicatorPolicy } from './indicator.policy';
import { unitQuery } from './indicator.schema';

type Layer = { file: string; codeProperty: string; attribution: Localized };

// Each file names its province code differently; the answer says which property to join on. The credit
// travels with the geometry, so a map drawn from it always shows the right one (CC BY-SA asks for it).
const LAYERS: Record<UnitSet, Layer> = {
  63: {
    file: 'admin_63_odm/vn_provinces_63_simplified.geojson',
    codeProperty: 'gso_code',
    attribution: {
      vi: 'Địa phận tỉnh © Open Development Mekong, CC BY-SA 4.0',
      en: 'Province boundaries © Open Development Mekong, CC BY-SA 4.0',
    },
  },
  34: {
    file: 'admin_thanglequoc_34/vn_provinces_34_simplified.geojson',
    codeProperty: 'code',
    attribution: {
      vi: 'Ranh giới 34 tỉnh, thành: thanglequoc/vietnamese-provinces-database (MIT), theo sapnhap.bando.com.vn',
      en: 'Boundaries of the 34 provinces: thanglequoc/vietnamese-provinces-database (MIT), after sapnhap.bando.com.vn',
    },
  },
};

const featureCollection = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.object({ type: z.literal('Feature') }).loose()).min(1) }).loose();

export const boundariesResponse = featureCollection
  .extend({ unit: z.union([z.literal(63), z.literal(34)]), codeProperty: z.string(), attribution: z.object({ vi: z.string(), en: z.string() }) })
  .describe('A GeoJSON FeatureCollection (WGS84) with, besides, the unit set, the property holding the GSO code and the credit to show')
  .meta({ id: 'Boundaries' });

export async function boundaryRoutes(app: App) {
  const folder = process.env.DOITHOAI_BOUNDARIES?.trim() || null;
  // Only successes are kept: a folder mounted after start is found on the next request.
  const cache = new Map<UnitSet, Promise<string>>();

  async function load(unit: UnitSet): Promise<string> {
    const layer = LAYERS[unit];
    if (!folder) throw AppError.of(404, 'boundaries.not_configured', { file: layer.file });
    let parsed: z.infer<typeof featureCollection>;
    try {
      parsed = featureCollection.parse(JSON.parse(await readFile(path.join(folder, layer.file), 'utf8')));
    } catch {
      throw AppError.of(404, 'boundaries.not_configured', { file: layer.file });
    }
    return JSON.stringify({ ...parsed, unit, codeProperty: layer.codeProperty, attribution: layer.attribution });
  }

  app.get('/api/localities/boundaries', {
    schema: {
      tags: ['indicators'],
      summary: 'Province boundaries (GeoJSON) of the 63 or the 34, from the folder DOITHOAI_BOUNDARIES names; 404 when none is configured',
      querystring: unitQuery,
      response: { 200: boundariesResponse },
    },
    handler: async (req, reply) => {
      forbidUnless(indicatorPolicy.read(requireActor(req)));
      const unit = req.query.unit;
      let text = cache.get(unit);
      if (!text) {
        text = load(unit);
        cache.set(unit, text);
        text.catch(() => cache.delete(unit));
      }
      // The text is already JSON: a string skips the serializer (the schema above only documents it).
      const json = (await text) as unknown as z.infer<typeof boundariesResponse>;
      return reply.type('application/json; charset=utf-8').header('cache-control', 'private, max-age=86400').send(json);
    },
  });
}
