// Paper to practice per province over the years: one line per province in force today, the share of its
// commitments that had moved at each year's end (the figures of the table above on earlier days).
import { useMemo } from 'react';
import { PEERS } from '../../shared/charts/theme';
import { useApi } from '../../shared/api/useApi';
import { useLang, useT } from '../../shared/i18n/i18n';
import { Chart, loadLines } from '../indicators/Chart';
import type { LineData } from '../indicators/charts/lines';
import { paths, type Agreement } from './api';
import { percentText } from './numbers';
import { useProvinceYears, type ProvinceYears } from './useProvinceYears';

function linesOf(data: ProvinceYears, format: (v: number) => string): LineData {
  const provinces = new Map<string, string>();
  for (const r of data.readings) for (const p of r.provinces) provinces.set(p.locality.id, p.locality.name);
  const series = [...provinces].map(([id, name]) => ({
    name,
    values: data.readings.map((r) => {
      const rate = r.provinces.find((p) => p.locality.id === id)?.practice.rate;
      return rate === undefined || rate === null ? null : Math.round(rate * 1000) / 10;
    }),
  }));
  return { years: data.years, series, format, colours: PEERS };
}

export function ProvinceYearsChart({ spaceId }: { spaceId: string }) {
  const t = useT();
  const { lang } = useLang();
  const list = useApi<{ agreements: Agreement[] }>(paths.agreements(spaceId));
  const state = useProvinceYears(spaceId, list.status === 'done' ? list.data.agreements : null);
  const data = useMemo(() => (typeof state === 'object' && state.years.length ? linesOf(state, (v) => percentText(v, lang)) : null), [state, lang]);
  if (!data) return null;
  return <Chart load={loadLines} data={data} label={t('linkage.practice.overYears')} testId="province-years-chart" />;
}
