// Regional projects: readers read them; coordinators make, change and remove them; a locality's official
// sets that locality's cost-share line only (the one figure that is the locality's own to give).
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { forbidUnless } from '../../http/auth.plugin';
import type { App, Deps } from '../module';
import { listAgreements } from './agreement.service';
import { coordinatorOf, readerOf, type LinkageCall } from './linkage.guard';
import { linkagePolicy } from './linkage.policy';
import { presentProject } from './linkage.presenter';
import { tags } from './linkage.routes';
import { spaceParams } from './linkage.schema';
import { addProject, editProject, findProject, listProjects, removeProject, setCostShare, type Project } from './project.service';
import * as s from './project.schema';

export async function projectRoutes(app: App, { db, now }: Deps) {
  const present = async (call: LinkageCall, projects: Project[]) => {
    const agreements = new Map((await listAgreements(db, call.space.id)).map((a) => [a.id, a]));
    return projects.map((p) => presentProject(p, agreements, call.access));
  };
  const projectOf = async (req: FastifyRequest & { params: { id: string; projectId: string } }) => {
    const call = await readerOf(db, req, req.params.id);
    return { call, project: await findProject(db, call.space.id, req.params.projectId) };
  };

  app.get('/api/spaces/:id/linkage/projects', {
    schema: { tags, summary: "The region's projects spanning several localities: cost shares, central budget requested and granted, status, steering body", params: spaceParams, response: { 200: s.projectListResponse } },
    handler: async (req) => {
      const call = await readerOf(db, req, req.params.id);
      return { projects: await present(call, await listProjects(db, call.space.id)) };
    },
  });

  app.get('/api/spaces/:id/linkage/projects/:projectId', {
    schema: { tags, summary: 'One regional project', params: s.projectParams, response: { 200: s.projectResponse } },
    handler: async (req) => {
      const { call, project } = await projectOf(req);
      return (await present(call, [project]))[0];
    },
  });

  app.post('/api/spaces/:id/linkage/projects', {
    schema: { tags, summary: 'Record a regional project (coordinators): at least two member localities, shares and central budget requested ≤ 100 %, granted ≤ requested', params: spaceParams, body: s.projectBody, response: { 201: s.projectResponse } },
    handler: async (req, reply) => {
      const call = await coordinatorOf(db, req, req.params.id);
      return reply.status(201).send((await present(call, [await addProject(db, call, req.body, now())]))[0]);
    },
  });

  app.put('/api/spaces/:id/linkage/projects/:projectId', {
    schema: { tags, summary: 'Change a regional project (coordinators)', params: s.projectParams, body: s.projectBody, response: { 200: s.projectResponse } },
    handler: async (req) => {
      const { call, project } = await projectOf(req);
      forbidUnless(linkagePolicy.coordinate(call.access));
      return (await present(call, [await editProject(db, call, project, req.body, now())]))[0];
    },
  });

  app.delete('/api/spaces/:id/linkage/projects/:projectId', {
    schema: { tags, summary: 'Remove a regional project (coordinators)', params: s.projectParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      const { call, project } = await projectOf(req);
      forbidUnless(linkagePolicy.coordinate(call.access));
      await removeProject(db, call, project, now());
      return reply.status(204).send(null);
    },
  });

  app.put('/api/spaces/:id/linkage/projects/:projectId/cost-shares/:localityId', {
    schema: { tags, summary: "Set one locality's share of the project's cost (coordinators; that locality's official)", params: s.shareParams, body: s.shareBody, response: { 200: s.projectResponse } },
    handler: async (req) => {
      const { call, project } = await projectOf(req);
      forbidUnless(linkagePolicy.editFor(call.access, req.params.localityId));
      return (await present(call, [await setCostShare(db, call, project, req.params.localityId, req.body.percent, now())]))[0];
    },
  });
}
