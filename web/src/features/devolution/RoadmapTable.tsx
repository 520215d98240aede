// A scenario's moves as a roadmap (the analysis's phases, in order of their first day): each phase with its
// days and the investment it needs in all, then its moves — activity, the level it goes to, the day, the
// investment — and the scenario's total. Numbers 1.234,5, days dd/mm/yyyy; the table scrolls inside its box.
import { formatDate, formatNumber } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import type { DevolutionSpace, ScenarioAnalysis } from './api';
import { labelIn } from './ReviewPanel';

type Props = { space: DevolutionSpace; analysis: ScenarioAnalysis['analysis']; activityName: (code: string) => string };

export function RoadmapTable({ space, analysis, activityName }: Props) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const days = (from: string, to: string) => (from === to ? formatDate(from) : `${formatDate(from)}–${formatDate(to)}`);
  return (
    <div className="table-scroll">
      <table data-testid="devolution-roadmap">
        <caption className="muted">{t('devolution.roadmap.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('devolution.roadmap.phase')}</th>
            <th scope="col">{t('devolution.roadmap.move')}</th>
            <th scope="col">{t('devolution.roadmap.date')}</th>
            <th scope="col" className="num">{t('devolution.roadmap.investment')}</th>
          </tr>
        </thead>
        {analysis.roadmap.map((phase, i) => (
          <tbody key={phase.phase} data-testid={`devolution-phase-${i + 1}`}>
            <tr className="subtotal">
              <th scope="rowgroup" colSpan={2}>{phase.phase}</th>
              <td>{days(phase.from, phase.to)}</td>
              <td className="num"><strong>{formatNumber(phase.investment, lang)}</strong></td>
            </tr>
            {phase.moves.map((m) => (
              <tr key={m.activity}>
                <td aria-hidden="true" />
                <td>{activityName(m.activity)} → {labelIn(space.levels, m.to, pick)}</td>
                <td>{formatDate(m.date)}</td>
                <td className="num">{formatNumber(m.investment, lang)}</td>
              </tr>
            ))}
          </tbody>
        ))}
        <tfoot>
          <tr data-testid="devolution-roadmap-total">
            <th scope="row" colSpan={3}>{t('devolution.roadmap.total')}</th>
            <td className="num"><strong>{formatNumber(analysis.investment, lang)}</strong></td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
