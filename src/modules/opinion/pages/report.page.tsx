// A conversation's public report, /o/{id}/report: how many took part, the opinion map (a static SVG),
// each group's size and representative statements, what most people share, a plain-language paragraph
// on what it means, the time the map was computed, and the Pol.is-format open data. Before there are
// enough votes it says how many more are needed — never a blank page or "Loading".
import { formatDateTime, formatNumber } from '../../../core/format';
import { formatMessage } from '../../../core/i18n';
import { ballotStyle, Layout, renderPage, type Lang } from '../../../http/pages';
import type { PageConversation } from './conversation.page';
import { inLang, opinionStyle, opinionWords, type OpinionWords } from './conversation.words';
import { conversationPath, exportPath, reportPath } from './links';
import { OpinionMapSvg } from './map.svg';
import { meaning, shareSaid, type PublicGroup, type PublicReport, type PublicStatement } from './report.view';

/** The figures at the top and the moment they are of: the map's, now (no map yet), or the map's people with the rest now (an older map). */
export type ReportTotals = { participants: number; statements: number; votes: number; as?: { of: 'map' | 'mixed'; at: Date } | { of: 'now' } };

export type ReportState = { status: 'ready'; computedAt: Date; map: PublicReport } | { status: 'waiting'; votesNeeded: number; participantsNeeded: number };

export type ReportPageData = { conversation: PageConversation; totals: ReportTotals; state: ReportState };

export function reportPage(lang: Lang, data: ReportPageData): string {
  const { conversation: c, totals, state } = data;
  const w = opinionWords[lang];
  const other = { href: reportPath(c.id, lang === 'vi' ? 'en' : 'vi'), label: w.other };
  return renderPage(
    <Layout lang={lang} title={`${w.reportTitle} — ${inLang(lang, c.title)}`} style={ballotStyle + opinionStyle} other={other}>
      <p>
        <a href={conversationPath(c.id, lang)}>{`← ${w.back}`}</a>
      </p>
      <h1>{inLang(lang, c.title)}</h1>
      <p>{inLang(lang, c.topic)}</p>
      <h2>{w.reportTitle}</h2>
      <div className="figs">
        {(['participants', 'statements', 'votes'] as const).map((k) => (
          <p key={k}>
            {`${w[k]}: `}
            <strong>{formatNumber(totals[k], lang)}</strong>
          </p>
        ))}
      </div>
      {totals.as && <p className="help" data-figures-of={totals.as.of}>{figuresOf(lang, w, totals.as)}</p>}
      {state.status === 'ready' ? <Ready lang={lang} w={w} computedAt={state.computedAt} map={state.map} /> : <Waiting lang={lang} w={w} state={state} />}
      <OpenData w={w} id={c.id} />
    </Layout>,
  );
}

function figuresOf(lang: Lang, w: OpinionWords, as: NonNullable<ReportTotals['as']>): string {
  if (as.of === 'now') return w.figuresNow;
  return formatMessage(lang, as.of === 'map' ? w.figuresMap : w.figuresMixed, { at: formatDateTime(as.at) });
}

function Waiting({ lang, w, state }: { lang: Lang; w: OpinionWords; state: Extract<ReportState, { status: 'waiting' }> }) {
  return (
    <section className="grp" role="status">
      <p>
        <strong>{formatMessage(lang, w.waiting, { votes: state.votesNeeded })}</strong>
      </p>
      {state.participantsNeeded > 0 && <p>{formatMessage(lang, w.waitingPeople, { people: state.participantsNeeded })}</p>}
      <p className="help">{w.waitingNote}</p>
    </section>
  );
}

function Ready({ lang, w, computedAt, map }: { lang: Lang; w: OpinionWords; computedAt: Date; map: PublicReport }) {
  return (
    <>
      <p className="help">{formatMessage(lang, w.updated, { at: formatDateTime(computedAt) })}</p>
      <h2>{w.meaningTitle}</h2>
      {meaning(lang, map).map((sentence, i) => (
        <p key={i} data-meaning="">
          {sentence}
        </p>
      ))}
      <h2>{w.mapTitle}</h2>
      <p className="help">{w.mapHelp}</p>
      <OpinionMapSvg lang={lang} groups={map.groups} />
      <h2>{w.groupsTitle}</h2>
      {map.groups.map((g) => (
        <GroupCard key={g.name} lang={lang} w={w} group={g} min={map.minGroupSize} />
      ))}
      <h2>{w.consensusTitle}</h2>
      {map.consensus.length ? <Statements lang={lang} list={map.consensus} of="everyone" /> : <p>{w.consensusNone}</p>}
    </>
  );
}

function GroupCard({ lang, w, group: g, min }: { lang: Lang; w: OpinionWords; group: PublicGroup; min: number }) {
  const heading = formatMessage(lang, w.groupSize, { name: g.name, size: formatNumber(g.size, lang) });
  return (
    <section className="grp" data-group={g.name}>
      <h3 className={g.withheld ? undefined : `k${g.index % 5}`}>{g.withheld === 'small' ? formatMessage(lang, w.group, { name: g.name }) : heading}</h3>
      {g.withheld ? (
        <p className="help">{formatMessage(lang, g.withheld === 'small' ? w.withheld : w.withheldReveals, { name: g.name, min })}</p>
      ) : (
        <>
          <p className="help">{w.represent}</p>
          <Statements lang={lang} list={g.representative} of="group" />
        </>
      )}
    </section>
  );
}

function Statements({ lang, list, of }: { lang: Lang; list: PublicStatement[]; of: 'group' | 'everyone' }) {
  return (
    <ul>
      {list.map((s) => (
        <li key={`${s.direction}${s.tid}`} data-tid={s.tid}>
          {`“${s.text}” — `}
          <strong>{shareSaid(lang, s, of)}</strong>
        </li>
      ))}
    </ul>
  );
}

function OpenData({ w, id }: { w: OpinionWords; id: string }) {
  const files = [
    ['comments', w.files.comments],
    ['votes', w.files.votes],
    ['participants-votes', w.files.participants],
  ] as const;
  return (
    <section>
      <h2>{w.openData}</h2>
      <p className="help">{w.openDataHelp}</p>
      <ul>
        {files.map(([file, label]) => (
          <li key={file}>
            <a href={exportPath(id, file)}>{`${label} (${file}.csv)`}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
