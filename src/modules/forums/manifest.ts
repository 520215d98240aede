// Dialogue forums: a forum in a space with its agenda, connection points (điểm cầu) and their
// moderators, registration with a waiting list, check-in by code, questions, and the public page /f/{slug}.
import { defineModule } from '../module';
import { agendaRoutes } from './agenda.routes';
import { contributionRoutes } from './contribution.routes';
import { forumRoutes } from './forum.routes';
import { moderatedRoutes } from './moderated.routes';
import { minutesRoutes } from './minutes.routes';
import { pageRoutes } from './page.routes';
import { participantRoutes } from './participant.routes';
import { pointRoutes } from './point.routes';
import { pollLiveRoutes } from './poll.live';
import { pollRoutes } from './poll.routes';
import { PollWriter } from './poll.writer';
import { queueLiveRoutes } from './queue.live';
import { queueRoutes } from './queue.routes';
import { questionLiveRoutes } from './question.live';
import { questionRoutes } from './question.routes';
import { QuestionWriter } from './question.writer';
import { recommendationRoutes } from './recommendation.routes';
import { registrationRoutes } from './registration.routes';

export const forumsModule = defineModule({
  id: 'forums',
  description: 'Dialogue forums: agenda, connection points, registration, check-in, contributions, questions, live polls, speaking queues and the public page',
  routes: async (app, deps) => {
    // One writer per process: it batches a forum's asks and upvotes into one transaction each.
    const questions = new QuestionWriter(deps.db);
    // And one that batches a poll's ballots the same way.
    const polls = new PollWriter(deps.db);
    // Closing the server waits for the asks, upvotes and ballots already handed to them, so none meets a closed database.
    app.addHook('onClose', () => Promise.all([questions.idle(), polls.idle()]).then(() => undefined));
    await forumRoutes(app, deps);
    await moderatedRoutes(app, deps);
    await agendaRoutes(app, deps);
    await pointRoutes(app, deps);
    await registrationRoutes(app, deps);
    await contributionRoutes(app, deps);
    await questionRoutes(app, deps, questions);
    await questionLiveRoutes(app, deps);
    await pollRoutes(app, deps, polls);
    await pollLiveRoutes(app, deps);
    await recommendationRoutes(app, deps);
    await queueRoutes(app, deps);
    await queueLiveRoutes(app, deps);
    await minutesRoutes(app, deps);
    await pageRoutes(app, deps);
    await participantRoutes(app, deps, questions, polls);
  },
});
