// The open data of a conversation, public as its pages are (no sign-in): the three files of a Pol.is
// export (export.csv.ts says what is renumbered and coarsened), streamed as export.service.ts reads them, a
// page at a time; the first page is read before the answer starts, so a failing read is still a 500.
import { Readable } from 'node:stream';
import { z } from 'zod';
import { attachmentDisposition } from '../../core/http/content-disposition';
import { AppError } from '../../http/errors';
import { loadContactKey, type ContactKey } from '../accounts';
import type { App, Deps } from '../module';
import { findConversation } from './conversation.service';
import { exportCsv } from './export.service';

const params = z.object({ id: z.uuid(), file: z.enum(['comments.csv', 'votes.csv', 'participants-votes.csv']) });

export async function exportRoutes(app: App, { db, config }: Deps) {
  let key: Promise<ContactKey> | undefined;
  const keyOnce = () => (key ??= loadContactKey(db, config.secret).catch((err) => ((key = undefined), Promise.reject(err))));

  app.get('/api/conversations/:id/export/:file', {
    config: { public: true },
    schema: {
      tags: ['opinion'],
      summary: "Open data in Pol.is's export layout: comments.csv, votes.csv or participants-votes.csv (public; participants renumbered in a keyed random order, times to the hour)",
      params,
      response: { 200: z.string() },
    },
    handler: async (req, reply) => {
      const conversation = await findConversation(db, req.params.id);
      if (!conversation) throw AppError.of(404, 'opinion.not_found');
      const pages = exportCsv(db, conversation.id, await keyOnce(), req.params.file);
      const first = await pages.next();
      const body = Readable.from((async function* () {
        if (!first.done) yield first.value;
        yield* pages;
      })());
      return reply.type('text/csv; charset=utf-8').header('content-disposition', attachmentDisposition(`${conversation.slug}-${req.params.file}`)).send(body as unknown as string); // a stream is piped, never serialised: the schema's string is for the API's description
    },
  });
}
