// Consultations: specs, invitations, ballots (group-committed, receipt-chained), paper ballots by
// double entry, one-time codes for open consultations, results, live results, exports, the ballot page.
import formBody from '@fastify/formbody';
import { defineModule } from '../module';
import { BallotBox } from './ballot.service';
import { ballotRoutes } from './ballot.routes';
import { BallotWriter } from './ballot.writer';
import { consultationRoutes } from './consultation.routes';
import { exportRoutes } from './exports.routes';
import { liveRoutes } from './live.routes';
import { paperRoutes } from './paper.routes';
import { proposalRoutes } from './proposal.routes';
import { StabilityJobs } from './stability.jobs';
import { figureStore } from './stability.store';
import { recountStale } from './tally.store';
import { StabilityWorker } from './stability.runner';
import { ResultsCache } from './results.cache';
import { publicResultsRoutes } from './results.routes';
import { verificationRoutes } from './verification.routes';
import { voteRoutes } from './vote.routes';

declare module 'fastify' {
  interface FastifyInstance {
    /** The background stability jobs, reachable for tests and diagnostics. */
    stabilityJobs: StabilityJobs;
    /** The results cache, reachable for tests and diagnostics. */
    resultsCache: ResultsCache;
  }
}

export const consultationsModule = defineModule({
  id: 'consultations',
  description: 'Consultations, invitations, ballots and results',
  routes: async (app, deps) => {
    await app.register(formBody, { bodyLimit: 16_384 });
    // One writer per process: it batches every ballot of a consultation, online or from paper.
    const writer = new BallotWriter(deps.db, deps.twoStep);
    // Closing the server waits for ballots already handed to the writer, so none meets a closed database.
    app.addHook('onClose', () => writer.idle());
    const box = new BallotBox(deps.db, writer);
    // Bootstrap stability: one job at a time in a worker thread, shared by every caller asking for it.
    const worker = new StabilityWorker();
    const stability = new StabilityJobs((request) => worker.run(request), deps.now, {}, figureStore(deps.db), (err) => app.log.warn({ err }, 'stability figure not stored'));
    app.decorate('stabilityJobs', stability);
    app.addHook('onClose', async () => {
      stability.close();
      await worker.close();
    });
    // Tallies not kept under this version (an upgraded database) are recounted in the background.
    let stopping = false;
    let recounting: Promise<unknown> = Promise.resolve();
    app.addHook('onReady', async () => {
      recounting = recountStale(deps.db, () => stopping)
        .then((n) => n && app.log.info({ consultations: n }, 'running tallies recounted after the upgrade'))
        .catch((err) => app.log.warn({ err }, 'running tallies not recounted; the first count of each will do it'));
    });
    app.addHook('onClose', async () => {
      stopping = true;
      await recounting;
    });
    // One computation per change, shared by the results API, /r, the live stream and the exports.
    const results = new ResultsCache(deps.db);
    app.decorate('resultsCache', results);
    await consultationRoutes(app, deps, results, stability);
    await ballotRoutes(app, deps.db, box, stability, results);
    await voteRoutes(app, deps, box);
    await liveRoutes(app, deps, results);
    await exportRoutes(app, deps, stability, results);
    await paperRoutes(app, deps, writer);
    await verificationRoutes(app, deps);
    await publicResultsRoutes(app, deps, results);
    await proposalRoutes(app, deps);
  },
});
