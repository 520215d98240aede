// A chosen scenario's analysis (GET …/scenarios/:id), for everyone who reads the space: per level and sector
// the functions, workload, staff and budget before → after and the activities moved in and out, with each
// level's totals; the capacity check (workload per staff member at each receiving level before and after,
// flagged where it gets worse); the roadmap (RoadmapTable); the activities left at a level that no longer
// exists on the scenario's day. Numbers 1.234,5, days dd/mm/yyyy; tables scroll inside their box on a phone.
import { useState } from 'react';
import { useApi } from '../../shared/api/useApi';
import { formatDate, formatNumber } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { paths, type Activities, type DevolutionSpace, type Scenario, type ScenarioAnalysis as Analysis } from './api';
import { labelIn } from './ReviewPanel';
import { RoadmapTable } from './RoadmapTable';
import { sideBySide, worsens, type Figures } from './sideBySide';
import './devolution.css';

type Props = { spaceId: string; space: DevolutionSpace; activities: Activities['activities']; scenarios: Scenario[]; version: number };
const FIGURES = ['functions', 'workload', 'staff', 'budget'] as const;

export function ScenarioAnalysis({ spaceId, space, activities, scenarios, version }: Props) {
  const t = useT();
  const pick = usePick();
  const [chosen, setChosen] = useState('');
  const id = scenarios.some((s) => s.id === chosen) ? chosen : scenarios[0].id;
  const analysis = useApi<Analysis>(paths.scenario(spaceId, id), version);
  const activityName = (code: string) => { const a = activities.find((x) => x.code === code); return a ? `${a.code} ${a.name}` : code; };
  const body = () => {
    if (analysis.status === 'error') return <ErrorNote error={analysis.error} onRetry={analysis.retry} />;
    if (analysis.status !== 'done') return <Loading />;
    const a = analysis.data;
    return (
      <div data-testid="devolution-analysis-body">
        <h3>{t('devolution.analysis.side')}</h3>
        <SideTable space={space} analysis={a} activities={activities} />
        <h3>{t('devolution.analysis.capacity')}</h3>
        <CapacityTable space={space} analysis={a.analysis} />
        <h3>{t('devolution.analysis.roadmap')}</h3>
        <RoadmapTable space={space} analysis={a.analysis} activityName={activityName} />
        <h3>{t('devolution.analysis.stranded')}</h3>
        <p data-testid="devolution-stranded">
          {a.analysis.stranded.length === 0
            ? t('devolution.analysis.noneStranded', { date: formatDate(a.date) })
            : t('devolution.analysis.someStranded', { date: formatDate(a.date), activities: a.analysis.stranded.map(activityName).join('; ') })}
        </p>
      </div>
    );
  };
  return (
    <section className="panel" aria-labelledby="devolution-analysis-heading" data-testid="devolution-analysis">
      <h2 id="devolution-analysis-heading">{t('devolution.analysis.title')}</h2>
      <div className="field">
        <label htmlFor="dv-an-scenario">{t('devolution.analysis.pick')}</label>
        <select id="dv-an-scenario" value={id} onChange={(e) => setChosen(e.target.value)}>
          {scenarios.map((s) => <option key={s.id} value={s.id}>{pick({ vi: s.name.vi, en: s.name.en ?? s.name.vi })}</option>)}
        </select>
      </div>
      {body()}
    </section>
  );
}

function SideTable({ space, analysis, activities }: { space: DevolutionSpace; analysis: Analysis; activities: Activities['activities'] }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const rows = sideBySide(analysis.analysis, analysis.moves, activities, space.levels.map((l) => l.key));
  const change = (before: number, after: number) => `${formatNumber(before, lang)} → ${formatNumber(after, lang)}`;
  const cells = (before: Figures, after: Figures) => FIGURES.map((f) => <td key={f} className="num dv-change">{change(before[f], after[f])}</td>);
  const levels = space.levels.filter((l) => rows.some((r) => r.level === l.key));
  return (
    <div className="table-scroll">
      <table data-testid="devolution-side">
        <thead>
          <tr>
            <th scope="col">{t('devolution.col.level')}</th>
            <th scope="col">{t('devolution.analysis.sector')}</th>
            {FIGURES.map((f) => <th key={f} scope="col" className="num">{t(`devolution.analysis.${f}`)}</th>)}
            <th scope="col" className="num">{t('devolution.analysis.moved')}</th>
          </tr>
        </thead>
        {levels.map((level) => {
          const before = analysis.analysis.levels.before[level.key as 'province'];
          const after = analysis.analysis.levels.after[level.key as 'province'];
          const mine = rows.filter((r) => r.level === level.key);
          return (
            <tbody key={level.key}>
              {mine.map((r) => (
                <tr key={r.sector} data-testid={`devolution-side-${r.level}-${r.sector}`}>
                  <td>{pick(level)}</td>
                  <th scope="row">{labelIn(space.sectors, r.sector, pick)}</th>
                  {cells(r.before, r.after)}
                  <td className="num dv-change">{t('devolution.analysis.inOut', { in: r.movedIn, out: r.movedOut })}</td>
                </tr>
              ))}
              <tr className="subtotal" data-testid={`devolution-level-${level.key}`}>
                <th scope="row" colSpan={2}>{t('devolution.analysis.levelTotal', { level: pick(level) })}</th>
                {cells(before, after)}
                <td className="num dv-change">{t('devolution.analysis.inOut', { in: sum(mine, 'movedIn'), out: sum(mine, 'movedOut') })}</td>
              </tr>
            </tbody>
          );
        })}
      </table>
    </div>
  );
}

const sum = (rows: ReadonlyArray<{ movedIn: number; movedOut: number }>, key: 'movedIn' | 'movedOut') => rows.reduce((s, r) => s + r[key], 0);

function CapacityTable({ space, analysis }: { space: DevolutionSpace; analysis: Analysis['analysis'] }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  if (analysis.capacity.length === 0) return <p className="muted">{t('devolution.analysis.noReceiver')}</p>;
  const ratio = (x: { workload: number; staff: number; perStaff: number | null }) =>
    x.perStaff === null ? t('devolution.analysis.noStaff', { workload: formatNumber(x.workload, lang) }) : t('devolution.analysis.perStaff', { ratio: formatNumber(x.perStaff, lang, 1), workload: formatNumber(x.workload, lang), staff: formatNumber(x.staff, lang) });
  return (
    <div className="table-scroll">
      <table data-testid="devolution-capacity">
        <thead>
          <tr>
            <th scope="col">{t('devolution.analysis.receiver')}</th>
            <th scope="col" className="num">{t('devolution.analysis.receives')}</th>
            <th scope="col" className="num">{t('devolution.analysis.before')}</th>
            <th scope="col" className="num">{t('devolution.analysis.after')}</th>
            <th scope="col">{t('devolution.analysis.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {analysis.capacity.map((c) => {
            const worse = worsens(c.before.perStaff, c.after.perStaff);
            return (
              <tr key={c.level} data-testid={`devolution-capacity-${c.level}`}>
                <th scope="row">{labelIn(space.levels, c.level, pick)}</th>
                <td className="num">{formatNumber(c.receives, lang)}</td>
                <td className="num">{ratio(c.before)}</td>
                <td className="num">{ratio(c.after)}</td>
                <td>{worse ? <strong>{t('devolution.analysis.worse')}</strong> : t('devolution.analysis.notWorse')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
