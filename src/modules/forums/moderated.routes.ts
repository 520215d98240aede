// The points the caller moderates, in published forums of any space: a point moderator's way in when
// they have no role in the forum's space (the staff app's home page lists them).
import { z } from 'zod';
import { requireActor } from '../../http/auth.plugin';
import type { App, Deps } from '../module';
import { tags } from './forum.routes';
import { pointName, presentForumSummary } from './forum.presenter';
import { forumSummary } from './forum.schema';
import { moderatedPoints } from './moderated';

const moderatedPoint = z
  .object({ forum: forumSummary, pointId: z.uuid(), pointName: z.object({ vi: z.string(), en: z.string() }) })
  .meta({ id: 'ModeratedPoint' });

export async function moderatedRoutes(app: App, { db }: Deps) {
  app.get('/api/forums/moderated', {
    schema: { tags, summary: 'The connection points the caller moderates, in published forums', response: { 200: z.object({ points: z.array(moderatedPoint) }) } },
    handler: async (req) => {
      const rows = await moderatedPoints(db, requireActor(req).userId);
      return { points: rows.map(({ forum, point }) => ({ forum: presentForumSummary(forum), pointId: point.id, pointName: pointName(forum, point) })) };
    },
  });
}
