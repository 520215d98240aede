// An action's KPIs: baseline, target, the latest reported value and its attainment in a table (the
// figures), and a small chart of the values over the periods for each KPI that has any.
import { useMemo } from 'react';
import { LazyChart } from '../../shared/charts/LazyChart';
import { formatNumber } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import type { Kpi } from './api';
import { percentText } from './numbers';
import { periodText } from './periods';
import type { KpiChartData } from './kpiChart';

const loadKpiChart = () => import('./kpiChart').then((m) => m.drawKpi);

function KpiChart({ data, label }: { data: KpiChartData; label: string }) {
  return <LazyChart load={loadKpiChart} data={data} label={label} testId="kpi-chart" className="pl-chart" canvasClass="pl-chart__canvas" caption={label} />;
}

export function KpiPanel({ kpis }: { kpis: Kpi[] }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const num = (x: number | null) => (x === null ? '—' : formatNumber(x, lang, 2));
  const charts = useMemo(
    () =>
      kpis
        .filter((k) => k.series.length > 0)
        .map((k) => ({
          key: k.key,
          label: `${pick(k.title)} (${k.unit})`,
          data: {
            periods: k.series.map((s) => periodText(s.period)),
            values: k.series.map((s) => s.value),
            baseline: k.baseline,
            target: k.target,
            name: pick(k.title),
            labels: { baseline: t('plans.kpi.baseline'), target: t('plans.kpi.target') },
            format: (v: number) => formatNumber(v, lang, 2),
          } satisfies KpiChartData,
        })),
    [kpis, pick, t, lang],
  );
  if (!kpis.length) return <p className="muted">{t('plans.kpi.none')}</p>;
  return (
    <>
      <div className="table-scroll">
        <table className="table pl-table" data-testid="kpi-table">
          <thead>
            <tr>
              <th scope="col">{t('plans.kpi.title')}</th>
              <th scope="col">{t('plans.kpi.unit')}</th>
              <th scope="col" className="pl-num">{t('plans.kpi.baseline')}</th>
              <th scope="col" className="pl-num">{t('plans.kpi.target')}</th>
              <th scope="col" className="pl-num">{t('plans.kpi.latest')}</th>
              <th scope="col" className="pl-num">{t('plans.kpi.attainment')}</th>
            </tr>
          </thead>
          <tbody>
            {kpis.map((k) => (
              <tr key={k.key} data-testid="kpi-row">
                <th scope="row">
                  {pick(k.title)}
                  {k.indicator && <span className="muted pl-indicator"> · {t('plans.kpi.indicator', { index: k.indicator.index, key: k.indicator.key })}</span>}
                </th>
                <td>{k.unit}</td>
                <td className="pl-num">{num(k.baseline)}</td>
                <td className="pl-num">{num(k.target)}</td>
                <td className="pl-num" data-testid="kpi-value">{num(k.value)}</td>
                <td className="pl-num" data-testid="kpi-attainment">{k.attainment === null ? '—' : percentText(k.attainment, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {charts.map((c) => (
        <KpiChart key={c.key} data={c.data} label={c.label} />
      ))}
    </>
  );
}
