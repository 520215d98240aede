// Paper to practice per province at the end of each year, from the year the region's first agreement began
// to today (today for the year under way): one reading of GET …/practice?on= per year, asked together.
import { useEffect, useState } from 'react';
import { api } from '../../shared/api/client';
import { paths, today, type Agreement, type ProvincePractice } from './api';

export type ProvinceYears = { years: number[]; readings: ProvincePractice[] };

export function useProvinceYears(spaceId: string, agreements: Agreement[] | null): ProvinceYears | 'loading' | 'failed' {
  const [state, setState] = useState<ProvinceYears | 'loading' | 'failed'>('loading');
  useEffect(() => {
    if (!agreements) return;
    let live = true;
    const day = today();
    const first = Math.min(...agreements.map((a) => Number(a.startsOn.slice(0, 4))));
    const last = Number(day.slice(0, 4));
    const years = Number.isFinite(first) && first <= last ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [];
    const on = (year: number) => (year === last ? day : `${year}-12-31`);
    Promise.all(years.map((y) => api<ProvincePractice>(`${paths.practice(spaceId)}?on=${on(y)}`))).then(
      (readings) => live && setState({ years, readings }),
      () => live && setState('failed'),
    );
    return () => {
      live = false;
    };
  }, [spaceId, agreements]);
  return state;
}
