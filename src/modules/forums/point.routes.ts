// Connection points (facilitators build them), a point's own view (its moderators too) and the
// printable QR cards of a point (facilitators; the codes exist only in that file, each card's QR code
// opening the point's page with its code filled in).
import { z } from 'zod';
import { attachmentDisposition } from '../../core/http/content-disposition';
import { forbidUnless } from '../../http/auth.plugin';
import { publicBase } from '../../http/public-base';
import { qrCardsPdf } from '../../reports/qr-cards.pdf';
import type { App, Deps } from '../module';
import { managerOf, readerOf } from './forum.guard';
import { findPoint, forumContents } from './forum.load';
import { forumPolicy } from './forum.policy';
import { pointName, presentPoint, presentRegistration } from './forum.presenter';
import * as s from './forum.schema';
import { tags } from './forum.routes';
import { cardLink } from './pages/point.links';
import { addPoint, deletePoint, setModerators, updatePoint } from './point.service';
import { issueCards, listRegistrations } from './registration.service';

const pointView = s.pointResponse.extend({ registrations: z.array(s.registrationResponse) });
const cardUse = { vi: 'Quét mã để điểm danh trên điện thoại, hoặc đưa mã cho người điều hành điểm cầu', en: "Scan to check in on your phone, or show the code to the connection point's moderator" };

export async function pointRoutes(app: App, { db, config, now }: Deps) {
  const presented = async (forum: Parameters<typeof forumContents>[1], pointId: string) => {
    const contents = await forumContents(db, forum);
    return presentPoint(forum, contents.points.find((p) => p.id === pointId)!, contents);
  };

  app.post('/api/forums/:id/points', {
    schema: { tags, summary: 'Add a connection point: a province of the map in force on the forum\u2019s first day, or an organisation', params: s.idParams, body: s.pointBody, response: { 201: s.pointResponse } },
    handler: async (req, reply) => {
      const { forum, actor } = await managerOf(db, req, req.params.id);
      const point = await addPoint(db, actor, forum, req.body, now());
      return reply.status(201).send(await presented(forum, point.id));
    },
  });

  app.get('/api/forums/:id/points/:pointId', {
    schema: { tags, summary: 'A connection point with its registrations and check-ins (facilitators, its moderators)', params: s.pointParams, response: { 200: pointView } },
    handler: async (req) => {
      const { forum, access } = await readerOf(db, req, req.params.id);
      const point = await findPoint(db, forum, req.params.pointId);
      forbidUnless(forumPolicy.seePoint(access, point.id));
      const live = await listRegistrations(db, forum);
      const here = live.filter((r) => r.pointId === point.id || r.checkedInPointId === point.id);
      return { ...(await presented(forum, point.id)), registrations: here.map((r) => presentRegistration(r, live)) };
    },
  });

  app.patch('/api/forums/:id/points/:pointId', {
    schema: { tags, summary: 'Change a point (main hall, expected attendance, capacity, attendees)', params: s.pointParams, body: s.pointPatch, response: { 200: s.pointResponse } },
    handler: async (req) => {
      const { forum, actor } = await managerOf(db, req, req.params.id);
      const point = await updatePoint(db, actor, forum, await findPoint(db, forum, req.params.pointId), req.body, now());
      return presented(forum, point.id);
    },
  });

  app.delete('/api/forums/:id/points/:pointId', {
    schema: { tags, summary: 'Delete a point without registrations', params: s.pointParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      const { forum, actor } = await managerOf(db, req, req.params.id);
      await deletePoint(db, actor, forum, await findPoint(db, forum, req.params.pointId), now());
      return reply.status(204).send(null);
    },
  });

  app.put('/api/forums/:id/points/:pointId/moderators', {
    schema: { tags, summary: "Replace a point's moderators (accounts)", params: s.pointParams, body: s.moderatorsBody, response: { 200: s.pointResponse } },
    handler: async (req) => {
      const { forum, actor } = await managerOf(db, req, req.params.id);
      await setModerators(db, actor, forum, await findPoint(db, forum, req.params.pointId), req.body.userIds, now());
      return presented(forum, req.params.pointId);
    },
  });

  // A PDF answer, so no response schema (errors still leave in the error shape).
  app.post('/api/forums/:id/points/:pointId/cards.pdf', {
    schema: { tags, summary: 'Register `count` seats at a point and answer an A4 sheet of their QR cards (the only place the codes appear)', params: s.pointParams, body: s.cardsBody },
    handler: async (req, reply) => {
      const { forum, actor } = await managerOf(db, req, req.params.id);
      const point = await findPoint(db, forum, req.params.pointId);
      const base = publicBase(req, config.publicUrl);
      const codes = await issueCards(db, actor, forum, point, req.body.count, now());
      const title = { vi: forum.title.vi, en: forum.title.en ?? forum.title.vi };
      const links = codes.map((code) => cardLink(base, forum.slug, point.id, code));
      const pdf = await qrCardsPdf({ title, sheet: 'thẻ đăng ký', use: cardUse, audience: pointName(forum, point).vi, codes: links, labels: codes, createdAt: now() });
      // no-store: the codes must not linger in shared caches.
      return reply.status(201).type('application/pdf').header('cache-control', 'no-store').header('content-disposition', attachmentDisposition(`the-dang-ky-${forum.slug}.pdf`)).send(pdf);
    },
  });
}
