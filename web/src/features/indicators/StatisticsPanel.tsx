// The official statistics held for a province on its profile: each dataset's name, unit, latest figure (its
// year, "preliminary" where GSO may revise it) and source; and the trend of the dataset the reader picks. A
// series with a break (e.g. the 2010 poverty line) is drawn as separate lines, one per segment the server cut
// (core/statistics/series.ts), the break year marked on the chart and explained under it — never one line.
import { useMemo, useState } from 'react';
import { formatNumber } from '../../../../src/core/format';
import { useApi } from '../../shared/api/useApi';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { paths, type ProvinceDataset, type ProvinceStatistics, type UnitSet } from './api';
import { Chart, loadLines } from './Chart';
import type { LineData } from './charts/lines';
import { segmentLines } from './statistic-lines';

export function StatisticsPanel({ code, unit, name }: { code: string; unit: UnitSet; name: string }) {
  const t = useT();
  const stats = useApi<ProvinceStatistics>(paths.statistics(code, unit));
  const [picked, setPicked] = useState<string | null>(null);
  if (stats.status === 'loading') return <Loading />;
  if (stats.status === 'error') return <ErrorNote error={stats.error} onRetry={stats.retry} />;
  const { datasets, withheld } = stats.data;
  const chosen = datasets.find((d) => d.key === picked) ?? datasets[0];
  return (
    <section className="panel ev-stats" aria-labelledby="ev-stats-heading" data-testid="profile-statistics">
      <h2 id="ev-stats-heading">{t('evidence.stats.title')}</h2>
      {datasets.length === 0 ? (
        <p className="empty">{t('evidence.stats.none')}</p>
      ) : (
        <>
          <StatisticsTable datasets={datasets} chosen={chosen.key} onPick={setPicked} />
          <StatisticTrend key={chosen.key} dataset={chosen} name={name} />
        </>
      )}
      {withheld.length > 0 && <WithheldNote names={withheld.map((w) => w.name)} />}
    </section>
  );
}

function useFigure() {
  const { lang } = useLang();
  return useMemo(() => (value: number) => formatNumber(value, lang, { digits: 2 }), [lang]);
}

function StatisticsTable({ datasets, chosen, onPick }: { datasets: ProvinceDataset[]; chosen: string; onPick: (key: string) => void }) {
  const t = useT();
  const pick = usePick();
  const figure = useFigure();
  return (
    <div className="table-scroll">
      <table className="table ev-table" data-testid="statistics-table">
        <thead>
          <tr>
            <th scope="col">{t('evidence.stats.dataset')}</th>
            <th scope="col" className="num">{t('evidence.stats.latest')}</th>
            <th scope="col">{t('evidence.stats.unit')}</th>
            <th scope="col">{t('evidence.stats.source')}</th>
            <th scope="col">{t('evidence.stats.trend')}</th>
          </tr>
        </thead>
        <tbody>
          {datasets.map((d) => (
            <tr key={d.key} data-key={d.key} aria-current={d.key === chosen ? 'true' : undefined}>
              <th scope="row">{pick(d.name)}</th>
              <td className="num">
                {d.latest ? `${figure(d.latest.value)} (${d.latest.year}${d.latest.preliminary ? `, ${t('evidence.stats.preliminary')}` : ''})` : '—'}
              </td>
              <td>{pick(d.unit)}</td>
              <td>{pick(d.source)}</td>
              <td>
                <button type="button" className="button button--small" data-testid="statistics-pick" disabled={d.key === chosen} onClick={() => onPick(d.key)}>
                  {t('evidence.stats.show')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function StatisticTrend({ dataset, name }: { dataset: ProvinceDataset; name: string }) {
  const t = useT();
  const pick = usePick();
  const figure = useFigure();
  const data = useMemo((): LineData => ({ ...segmentLines(dataset, name), format: figure, breaks: dataset.breaks.map((b) => b.year) }), [dataset, name, figure]);
  return (
    <div className="ev-stats__trend" data-testid="statistics-trend" data-key={dataset.key} data-segments={dataset.segments.length}>
      <h3>{t('evidence.stats.trendTitle', { dataset: pick(dataset.name), unit: pick(dataset.unit) })}</h3>
      <Chart load={loadLines} data={data} label={t('evidence.stats.trendLabel', { name, dataset: pick(dataset.name) })} testId="statistics-chart" />
      {dataset.breaks.length > 0 && (
        <ul className="ev-stats__breaks" data-testid="statistics-breaks">
          {dataset.breaks.map((b) => (
            <li key={b.year}>{t('evidence.stats.break', { year: String(b.year), why: pick(b.why) })}</li>
          ))}
        </ul>
      )}
      <p className="muted">{pick(dataset.definition)}</p>
    </div>
  );
}

function WithheldNote({ names }: { names: Array<{ vi: string; en: string }> }) {
  const t = useT();
  const pick = usePick();
  return <p className="note" data-testid="statistics-withheld">{t('evidence.stats.withheld', { names: names.map(pick).join(', ') })}</p>;
}
