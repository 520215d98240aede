// GET /f/{slug}: a published forum's public page, without login or JavaScript (a point's own page is
// participant.routes.ts). Unknown and draft forums look the same: the page says nothing about them.
import { z } from 'zod';
import { messagePage } from '../../http/pages';
import type { App, Deps } from '../module';
import { listContributions } from './contribution.service';
import { findForumBySlug, forumContents } from './forum.load';
import { presentForum } from './forum.presenter';
import { pageContribution } from './pages/contributions.part';
import { forumPage } from './pages/forum.page';
import { publicRecommendations } from './recommendation.service';
import { words } from './pages/forum.words';
import { ANSWERED_ON_PAGE } from './pages/questions.part';
import { answeredQuestions } from './question.service';

const query = z.object({ lang: z.enum(['vi', 'en']).default('vi') });

export async function pageRoutes(app: App, { db, now }: Deps) {
  const published = async (slug: string) => {
    const forum = await findForumBySlug(db, slug);
    if (!forum || forum.status !== 'published') return null;
    const [contents, contributions, answered, recommendations] = await Promise.all([forumContents(db, forum), listContributions(db, forum), answeredQuestions(db, forum, ANSWERED_ON_PAGE), publicRecommendations(db, forum, now())]);
    return { ...presentForum(forum, contents), contributions: contributions.map(pageContribution), answered, recommendations };
  };

  app.get('/f/:slug', {
    schema: { hide: true, params: z.object({ slug: z.string().max(80) }), querystring: query },
    handler: async (req, reply) => {
      const { lang } = req.query;
      const forum = await published(req.params.slug);
      reply.type('text/html; charset=utf-8');
      if (!forum) return reply.status(404).send(messagePage(lang, words[lang].notFound.title, words[lang].notFound.help));
      return reply.send(forumPage(lang, forum));
    },
  });
}
