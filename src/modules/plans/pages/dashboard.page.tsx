// The public dashboard of a space's plans: plain HTML, no JavaScript, readable on a cheap phone.
// Progress bars and status labels, KPI sparklines as inline SVG, the agencies' latest scorecard.
import type { Scorecard } from '../../../core/plans';
import { Layout, renderPage, type Lang } from '../../../http/pages';
import type { Localized } from '../../../i18n/messages';
import { formatDate } from '../../../core/format';
import type { presentPlan } from '../plan.presenter';
import { Badge, Bar, num, pct, periodText, ProgressText, Sparkline, style, words } from './dashboard.parts';

export type DashboardPlan = { view: ReturnType<typeof presentPlan>; scorecards: (Scorecard & { agencyName: Localized })[]; scorePeriod: string | null };
type View = DashboardPlan['view'];
type ActionView = View['objectives'][number]['actions'][number];

function Kpi({ lang, k }: { lang: Lang; k: ActionView['kpis'][number] }) {
  const w = words[lang];
  return (
    <div className="kpi">
      {`${k.title[lang]}: `}
      <strong>{k.value === null ? '—' : num(lang, k.value, 2)}</strong>
      {` ${k.unit} (${w.baseline} ${num(lang, k.baseline, 2)}, ${w.target} ${num(lang, k.target, 2)})`}
      {k.attainment !== null && ` · ${pct(lang, k.attainment)}`}
      <br />
      <Sparkline series={k.series} baseline={k.baseline} target={k.target} />
    </div>
  );
}

function ActionItem({ lang, a, agency }: { lang: Lang; a: ActionView; agency: Map<string, string> }) {
  const w = words[lang];
  return (
    <li>
      <div className="row">
        <span>{`${a.code} ${a.title[lang]}`}</span>
        <Badge lang={lang} status={a.status} />
      </div>
      <Bar progress={a.progress} expected={a.expected} status={a.status} />
      <small>
        <ProgressText lang={lang} of={a} after={` · ${w.lead}: ${agency.get(a.leadAgencyId) ?? ''} · ${w.due} ${formatDate(a.dueOn)}`} />
      </small>
      {a.kpis.map((k) => <Kpi key={k.key} lang={lang} k={k} />)}
    </li>
  );
}

function Objective({ lang, o, agency }: { lang: Lang; o: View['objectives'][number]; agency: Map<string, string> }) {
  return (
    <section>
      <h3>
        {`${o.code}. ${o.title[lang]} `}
        <Badge lang={lang} status={o.status} />
      </h3>
      <Bar progress={o.progress} expected={o.expected} status={o.status} />
      <small>
        <ProgressText lang={lang} of={o} />
      </small>
      <ul>{o.actions.map((a) => <ActionItem key={a.id} lang={lang} a={a} agency={agency} />)}</ul>
    </section>
  );
}

function Scorecards({ lang, plan: { scorecards, scorePeriod } }: { lang: Lang; plan: DashboardPlan }) {
  if (!scorecards.length) return null;
  const w = words[lang];
  const rate = (x: number | null) => (x === null ? '—' : pct(lang, x * 100));
  return (
    <>
      <h3>{`${w.scorecard} ${scorePeriod ? periodText(lang, scorePeriod) : ''}`}</h3>
      <div className="scroll">
        <table>
          <thead>
            <tr>
              <th>{w.agency}</th>
              {[w.onTime, w.onTrack, w.attainment, w.overdue].map((h) => <th key={h} className="num">{h}</th>)}
            </tr>
          </thead>
          <tbody>
            {scorecards.map((c) => (
              <tr key={c.agencyId}>
                <td>{c.agencyName[lang]}</td>
                <td className="num">{rate(c.onTimeRate)}</td>
                <td className="num">{`${c.actionsOnTrack}/${c.actions}`}</td>
                <td className="num">{c.kpiAttainment === null ? '—' : pct(lang, c.kpiAttainment)}</td>
                <td className="num">{c.overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function PlanSection({ lang, plan }: { lang: Lang; plan: DashboardPlan }) {
  const { view } = plan;
  const agency = new Map(view.agencies.map((a) => [a.id, a.name[lang]]));
  return (
    <article>
      <h2>
        {`${view.title[lang]} `}
        <Badge lang={lang} status={view.status} />
      </h2>
      <p>{view.summary[lang]}</p>
      <Bar progress={view.progress} expected={view.expected} status={view.status} />
      <p>
        <ProgressText lang={lang} of={view} big />
      </p>
      {view.objectives.map((o) => <Objective key={o.id} lang={lang} o={o} agency={agency} />)}
      <Scorecards lang={lang} plan={plan} />
    </article>
  );
}

export function dashboardPage(lang: Lang, space: { title: Localized }, plans: DashboardPlan[], today: string): string {
  const w = words[lang];
  return renderPage(
    <Layout lang={lang} title={space.title[lang]} style={style} other={{ href: `?lang=${lang === 'vi' ? 'en' : 'vi'}`, label: w.other }}>
      <h1>{space.title[lang]}</h1>
      <p className="help">{`${w.title}. ${w.asOf} ${formatDate(today)}.`}</p>
      {plans.map((p) => <PlanSection key={p.view.id} lang={lang} plan={p} />)}
      <p className="help">{w.method}</p>
    </Layout>,
  );
}
