// `npm run bench`: every benchmark, each printing its figures beside the baseline measured in the same run.
import { benchBallots } from './ballots.bench';
import { benchConversation } from './conversation.bench';
import { benchForums } from './forums.bench';
import { benchLinkage } from './linkage.bench';
import { benchOpinion } from './opinion.bench';
import { benchResults } from './results.bench';
import { benchStoredTally } from './stored-tally.bench';
import { benchTally } from './tally.bench';

await benchTally();
await benchBallots();
await benchResults();
await benchStoredTally();
await benchForums();
await benchLinkage();
await benchOpinion();
await benchConversation();
