// A connection point's own page, /f/{slug}/p/{pointId}: the whole tool of a participant on a cheap
// phone, plain HTML forms without JavaScript. Without the participant cookie it offers check-in by the
// card's code; with it, where they checked in, a form to ask about an agenda item, their own questions
// with their status, the approved questions with upvote buttons, and the open live polls' ballots.
// Vietnamese first, ?lang=en.
import { QUESTION_MAX_LENGTH } from '../../../core/forums';
import { formatDateTime } from '../../../core/format';
import { formatMessage } from '../../../core/i18n';
import { ballotStyle, Layout, renderPage, type Lang } from '../../../http/pages';
import type { Localized } from '../../../i18n/messages';
import type { ForumText } from '../forum.table';
import type { QuestionStatus } from '../question.table';
import type { ForumPageData } from './forum.page';
import { Agenda, dates, text, type PagePoint } from './forum.parts';
import { pageStyle, words } from './forum.words';
import { pointAction, pointPath } from './point.links';
import { Polls, type PagePoll } from './point.polls';
import { pointStyle, pointWords, type PointWords } from './point.words';

export type PageQuestion = {
  id: string;
  text: string;
  anonymous: boolean;
  /** The name a named question carries (cards may have none). */
  author: string | null;
  item: ForumText | null;
  status: QuestionStatus;
  upvotes: number;
  answer: { text: string; by: string | null; at: Date } | null;
  mine: boolean;
  upvoted: boolean;
};

export type PointForm = { error?: Localized; code?: string; itemId?: string; text?: string; anonymous?: boolean; poll?: { id: string; entered: Record<string, string | string[]> } };

export type PointPageData = {
  forum: ForumPageData;
  point: PagePoint;
  /** The checked-in participant holding the phone: the point they checked in at. */
  me: { pointId: string; pointName: Localized } | null;
  items?: { id: string; title: ForumText }[];
  mine?: PageQuestion[];
  here?: PageQuestion[];
  /** How many of this point's questions a "Show more" link would show, when there are more than `here`. */
  hereMore?: number | null;
  hall?: PageQuestion[];
  polls?: PagePoll[];
  form: PointForm;
};

type Ctx = { lang: Lang; w: PointWords; data: PointPageData; action: (what: string) => string };

export function pointPage(lang: Lang, data: PointPageData): string {
  const { forum, point } = data;
  const title = text(lang, forum.title);
  const ctx: Ctx = { lang, w: pointWords[lang], data, action: (what) => pointAction(forum.slug, point.id, what, lang) };
  const other = { href: pointPath(forum.slug, point.id, lang === 'vi' ? 'en' : 'vi'), label: words[lang].other };
  return renderPage(
    <Layout lang={lang} title={`${point.name[lang]} — ${title}`} style={ballotStyle + pageStyle + pointStyle} other={other}>
      <Heading lang={lang} data={data} />
      {data.form.error && <p className="error" role="alert">{`${ctx.w.errorPrefix} ${data.form.error[lang]}`}</p>}
      {data.me ? <Participant ctx={ctx} /> : <CheckIn ctx={ctx} />}
      <h2>{words[lang].agenda}</h2>
      <Agenda lang={lang} forum={forum} />
    </Layout>,
  );
}

function Heading({ lang, data: { forum, point } }: { lang: Lang; data: PointPageData }) {
  const w = words[lang];
  return (
    <>
      <p>
        <a href={`/f/${forum.slug}${lang === 'en' ? '?lang=en' : ''}`}>{`← ${w.back}`}</a>
      </p>
      <h1>{`${w.point}: ${point.name[lang]}`}</h1>
      <p>{`${text(lang, forum.title)} · ${dates(forum)}`}</p>
      {forum.illustrative && <p className="badge">{w.illustrative}</p>}
      <p className="receipt">{`${w.checkedIn}: ${point.checkedIn}${point.expected === null ? '' : ` / ${point.expected}`}`}</p>
      {point.attendees.length > 0 && <p>{`${w.attendees}: ${point.attendees.join('; ')}`}</p>}
    </>
  );
}

function CheckIn({ ctx: { w, data, action } }: { ctx: Ctx }) {
  return (
    <>
      <h2>{w.checkInTitle}</h2>
      <p className="help">{w.checkInHelp}</p>
      <form method="post" action={action('check-in')}>
        <label htmlFor="code">{w.code}</label>
        <input type="text" id="code" name="code" required maxLength={40} autoComplete="off" autoCapitalize="characters" defaultValue={data.form.code ?? ''} />
        <button type="submit">{w.checkIn}</button>
      </form>
    </>
  );
}

function Participant({ ctx }: { ctx: Ctx }) {
  const { lang, w, data } = ctx;
  const me = data.me!;
  const here = me.pointId === data.point.id;
  return (
    <>
      <p className="ok">{formatMessage(lang, w.checkedInAt, { point: me.pointName[lang] })}</p>
      <Polls lang={lang} polls={data.polls ?? []} action={(id) => ctx.action(`polls/${id}`)} words={{ title: w.polls, voted: w.pollVoted }} />
      {here ? <Ask ctx={ctx} /> : <p><a href={pointPath(data.forum.slug, me.pointId, lang)}>{w.yourPoint}</a></p>}
      {data.mine && data.mine.length > 0 && <Questions ctx={ctx} title={w.mine} list={data.mine} />}
      <Questions ctx={ctx} title={w.here} list={data.here ?? []} id="here" />
      {data.hereMore ? (
        <p>
          <a href={`${pointPath(data.forum.slug, data.point.id, lang)}${lang === 'vi' ? '?' : '&'}here=${data.hereMore}#here`}>{w.more}</a>
        </p>
      ) : null}
      <Questions ctx={ctx} title={w.hall} help={w.hallHelp} list={data.hall ?? []} />
    </>
  );
}

function Ask({ ctx: { lang, w, data, action } }: { ctx: Ctx }) {
  const items = data.items ?? [];
  if (!items.length) return <p>{w.noItems}</p>;
  const anonymous = data.form.anonymous === true;
  return (
    <>
      <h2>{w.askTitle}</h2>
      <form method="post" action={action('questions')}>
        <label htmlFor="itemId">{w.item}</label>
        <select id="itemId" name="itemId" defaultValue={data.form.itemId ?? items[0].id}>
          {items.map((i) => <option key={i.id} value={i.id}>{text(lang, i.title)}</option>)}
        </select>
        <label htmlFor="text">{w.text}</label>
        <textarea id="text" name="text" rows={4} required maxLength={QUESTION_MAX_LENGTH} aria-describedby="limit" defaultValue={data.form.text ?? ''} />
        <p className="help" id="limit">{formatMessage(lang, w.limit, { max: QUESTION_MAX_LENGTH })}</p>
        <label>
          <input type="radio" name="anonymous" value="" defaultChecked={!anonymous} /> {w.named}
        </label>
        <label>
          <input type="radio" name="anonymous" value="1" defaultChecked={anonymous} /> {w.anonymous}
        </label>
        <button type="submit">{w.ask}</button>
      </form>
    </>
  );
}

function Questions({ ctx, title, help, list, id }: { ctx: Ctx; title: string; help?: string; list: PageQuestion[]; id?: string }) {
  return (
    <section id={id}>
      <h2>{title}</h2>
      {help && <p className="help">{help}</p>}
      {list.length ? list.map((q) => <QuestionCard key={q.id} ctx={ctx} q={q} />) : <p>{ctx.w.none}</p>}
    </section>
  );
}

function QuestionCard({ ctx: { lang, w, action }, q }: { ctx: Ctx; q: PageQuestion }) {
  const about = [q.item && text(lang, q.item), q.anonymous ? w.anonymousAuthor : q.author].filter(Boolean).join(' · ');
  return (
    <div className="q" data-question={q.id}>
      <p>{q.text}</p>
      <p>
        <small>{about}</small>
      </p>
      {q.status === 'approved' ? (
        <p>
          <strong>{formatMessage(lang, w.upvotes, { n: q.upvotes })}</strong>
        </p>
      ) : (
        <p className="badge">{w.statuses[q.status]}</p>
      )}
      {q.answer && <p className="ans">{`${w.answered} ${w.by} ${q.answer.by ?? '—'} (${formatDateTime(q.answer.at)}): ${q.answer.text}`}</p>}
      {q.status === 'approved' &&
        (q.upvoted ? (
          <p className="help">{w.upvoted}</p>
        ) : (
          <form method="post" action={action(`questions/${q.id}/upvote`)}>
            <button type="submit">{w.upvote}</button>
          </form>
        ))}
    </div>
  );
}
