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
import { publicResultsRoutes } from './results.routes';
import { verificationRoutes } from './verification.routes';
import { voteRoutes } from './vote.routes';

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
    await consultationRoutes(app, deps);
    await ballotRoutes(app, deps.db, box);
    await voteRoutes(app, deps, box);
    await liveRoutes(app, deps.db);
    await exportRoutes(app, deps);
    await paperRoutes(app, deps, writer);
    await verificationRoutes(app, deps);
    await publicResultsRoutes(app, deps);
    await proposalRoutes(app, deps);
  },
});
