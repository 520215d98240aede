// Staff API of the mapping from index figures to priority areas: anyone signed in reads the mapping in
// force; platform administrators replace it or put the default back (each change audited).
import { forbidUnless, requireActor } from '../../http/auth.plugin';
import type { App, Deps } from '../module';
import { presentAreaMapping } from './area-mapping.presenter';
import * as s from './area-mapping.schema';
import { areaMappingInForce, replaceAreaMapping, resetAreaMapping } from './area-mapping.service';
import { indicatorPolicy } from './indicator.policy';

const tags = ['indicators'];

export async function areaMappingRoutes(app: App, { db, now }: Deps) {
  app.get('/api/indicators/area-mapping', {
    schema: { tags, summary: 'The mapping of index figures to the eight priority areas in force, whether it is the default, and who changed it last', response: { 200: s.mappingResponse } },
    handler: async (req) => {
      forbidUnless(indicatorPolicy.read(requireActor(req)));
      return presentAreaMapping(await areaMappingInForce(db));
    },
  });

  app.put('/api/indicators/area-mapping', {
    schema: { tags, summary: 'Replace the mapping (administrators): known areas and figures only, none twice in an area; audited', body: s.mappingBody, response: { 200: s.mappingResponse } },
    handler: async (req) => {
      const actor = requireActor(req);
      forbidUnless(indicatorPolicy.editMapping(actor));
      return presentAreaMapping(await replaceAreaMapping(db, actor, req.body.mapping, now()));
    },
  });

  app.post('/api/indicators/area-mapping/reset', {
    schema: { tags, summary: 'Put the built-in default mapping back in force (administrators); audited', response: { 200: s.mappingResponse } },
    handler: async (req) => {
      const actor = requireActor(req);
      forbidUnless(indicatorPolicy.editMapping(actor));
      return presentAreaMapping(await resetAreaMapping(db, actor, now()));
    },
  });
}
