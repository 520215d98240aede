// The current poll on a screen, live from the forum's poll stream (event "polls"): the open poll — or,
// when none is open, the last one closed, marked so — with its results overall and, on the hall
// screen, each point's leading option; on a point's screen, that point's own figures. Points with too
// few ballots are withheld by the server and counted here as such.
import { formatNumber } from '../../../shared/format';
import { useLang, usePick, useT } from '../../../shared/i18n/i18n';
import { questionPaths, type ForumPoll, type LivePolls } from './api';
import { PollBars, PollPoints } from './PollResults';
import { useLiveStream } from './useLiveStream';

/** The poll a screen shows: the last opened of those open, else the last closed one. */
export function currentPoll(polls: readonly ForumPoll[]): ForumPoll | null {
  const open = polls.filter((p) => p.status === 'open');
  const done = polls.filter((p) => p.status !== 'open' && p.status !== 'draft');
  return open.at(-1) ?? done.at(-1) ?? null;
}

export function PollSlot({ forumId, pointId }: { forumId: string; pointId: string | null }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const { data } = useLiveStream<LivePolls>(questionPaths.polls(forumId), 'polls');
  const poll = data ? currentPoll(data.polls) : null;
  const here = poll && pointId ? poll.points.find((p) => p.pointId === pointId) : null;
  return (
    <section className="fs__panel fs__poll" aria-labelledby="fs-poll" data-testid="screen-poll">
      <h2 id="fs-poll">{poll?.status === 'open' ? t('screens.pollOpen') : poll ? t('screens.pollClosed') : t('screens.poll')}</h2>
      {!poll ? (
        <p className="fs__empty">{t('screens.pollNone')}</p>
      ) : (
        <>
          <p className="fs__poll-title">{pick(poll.title)}</p>
          <p className="fs__meta">
            <span>{t(`screens.measure.${poll.method}`)}</span>
            <span>{t('screens.ballots', { count: poll.overall.ballots, shown: formatNumber(poll.overall.ballots, lang) })}</span>
          </p>
          <PollBars poll={poll} values={poll.overall.values} label={t('screens.pollOverall')} />
          {pointId === null && <PollPoints poll={poll} />}
          {here && (here.values ? <PollBars poll={poll} values={here.values} label={t('screens.pollHere')} /> : <p className="fs__meta">{t('screens.pollWithheld')}</p>)}
        </>
      )}
    </section>
  );
}
