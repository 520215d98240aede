// The open data of a conversation, public as its pages are (no sign-in): the three files of a Pol.is
// export (export.csv.ts says what is renumbered and coarsened).
import { z } from 'zod';
import { attachmentDisposition } from '../../core/http/content-disposition';
import { AppError } from '../../http/errors';
import { loadContactKey, type ContactKey } from '../accounts';
import type { App, Deps } from '../module';
import { findConversation } from './conversation.service';
import { commentsCsv, participantsVotesCsv, votesCsv } from './export.csv';
import { exportInput } from './export.service';

const files = { 'comments.csv': commentsCsv, 'votes.csv': votesCsv, 'participants-votes.csv': participantsVotesCsv } as const;
const params = z.object({ id: z.uuid(), file: z.enum(Object.keys(files) as [keyof typeof files, ...(keyof typeof files)[]]) });

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
      const csv = files[req.params.file](await exportInput(db, conversation.id, await keyOnce()));
      return reply.type('text/csv; charset=utf-8').header('content-disposition', attachmentDisposition(`${conversation.slug}-${req.params.file}`)).send(csv);
    },
  });
}
