// The radar of one edition's sub-indices: the province against the median of its region (from the
// profile) and of the country (from the edition's rows). Its figures are in the rank table below it.
import { useMemo } from 'react';
import { Loading } from '../../shared/layout/Status';
import { usePick, useT } from '../../shared/i18n/i18n';
import type { EditionRow, IndexKey, ProfileYear, Region } from './api';
import { Chart, loadRadar } from './Chart';
import type { RadarData } from './charts/radar';
import { useNumbers } from './numbers';
import { median, valuesOf } from './stats';

export function RadarPanel({ name, region, index, year, standing, rows }: { name: string; region: Region; index: IndexKey; year: number; standing: ProfileYear; rows: EditionRow[] | null }) {
  const t = useT();
  const pick = usePick();
  const numbers = useNumbers();
  const data = useMemo((): RadarData | null => {
    if (!rows || standing.dimensions.length < 3) return null;
    const dims = standing.dimensions;
    const national = dims.map((d) => median(valuesOf(rows, d.key)));
    // Every sub-index of PCI, PAPI and PGI is on a scale up to 10.
    const top = Math.max(10, ...dims.map((d) => Math.ceil(d.value)), ...dims.map((d) => Math.ceil(d.regionalMedian)));
    return {
      axes: dims.map((d) => ({ name: pick(d), max: top })),
      series: [
        { name, values: dims.map((d) => d.value) },
        { name: t('evidence.profile.regionalMedianOf', { region: pick(region) }), values: dims.map((d) => d.regionalMedian) },
        { name: t('evidence.profile.nationalMedian'), values: national },
      ],
      format: numbers.score,
    };
  }, [rows, standing, name, region, pick, t, numbers]);

  return (
    <section className="panel ev-radar" aria-labelledby="ev-radar-heading">
      <h2 id="ev-radar-heading">{t('evidence.profile.radarTitle', { index, year })}</h2>
      {standing.dimensions.length < 3 ? (
        <p className="muted">{t('evidence.profile.radarTooFew')}</p>
      ) : data ? (
        <>
          <Chart load={loadRadar} data={data} label={t('evidence.profile.radarLabel', { name, index, year })} testId="radar-chart" />
          {/* Shown only where the radar is too narrow for names and numbers its axes instead (evidence.css). */}
          <ol className="ev-radar__key" aria-hidden="true">
            {data.axes.map((a) => (
              <li key={a.name}>{a.name}</li>
            ))}
          </ol>
        </>
      ) : (
        <Loading />
      )}
    </section>
  );
}
