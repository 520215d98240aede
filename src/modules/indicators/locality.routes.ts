// Staff API of the province-level units and of what the evidence says about them: the units in force on a
// day, one province's profile, several side by side, and the evidence score of each priority area.
import { vietnamDate } from '../../core/phases';
import { forbidUnless, requireActor } from '../../http/auth.plugin';
import type { App, Deps } from '../module';
import { presentComparison, presentEvidence, presentLocalities, presentProfile } from './indicator.presenter';
import { indicatorPolicy } from './indicator.policy';
import * as s from './indicator.schema';
import { compareLocalities, priorityEvidence, provinceProfile } from './profile.service';

const tags = ['indicators'];

export async function localityRoutes(app: App, { db, now }: Deps) {
  app.get('/api/localities', {
    schema: { tags, summary: 'The province-level units in force on a date (default today): the 63 until 30 June 2025, the 34 since', querystring: s.localitiesQuery, response: { 200: s.localitiesResponse } },
    handler: async (req) => {
      forbidUnless(indicatorPolicy.read(requireActor(req)));
      return presentLocalities(req.query.date ?? vietnamDate(now()));
    },
  });

  app.get('/api/localities/compare', {
    schema: { tags, summary: "Provinces side by side on one index: each one's score and rank every year, and the dimensions of one edition (default the latest)", querystring: s.compareQuery, response: { 200: s.compareResponse } },
    handler: async (req) => {
      forbidUnless(indicatorPolicy.read(requireActor(req)));
      return presentComparison(await compareLocalities(db, req.query));
    },
  });

  app.get('/api/localities/:code/profile', {
    schema: {
      tags,
      summary: 'A province on every index and year: rank and percentile in the country and its region, medians, gaps, weakest dimensions, trend',
      params: s.codeParams,
      querystring: s.unitQuery,
      response: { 200: s.profileResponse },
    },
    handler: async (req) => {
      forbidUnless(indicatorPolicy.read(requireActor(req)));
      return presentProfile(await provinceProfile(db, req.params.code, req.query.unit));
    },
  });

  app.get('/api/localities/:code/priority-evidence', {
    schema: {
      tags,
      summary: 'Evidence score (need, 0–100) of each of the eight priority areas for a province, from the latest editions up to a year',
      params: s.codeParams,
      querystring: s.evidenceQuery,
      response: { 200: s.evidenceResponse },
    },
    handler: async (req) => {
      forbidUnless(indicatorPolicy.read(requireActor(req)));
      return presentEvidence(await priorityEvidence(db, req.params.code, req.query.unit, req.query.year));
    },
  });
}
