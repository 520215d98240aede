// The import page's parts for official statistics (GSO PX-Web CSV exports): the server's report — each
// measure of the table as a dataset, created, replaced (which years) or unchanged, and the lines set aside
// (region and country rows, footnotes) — and the list of statistics datasets held.
import { useApi } from '../../shared/api/useApi';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { usePick, useT } from '../../shared/i18n/i18n';
import type { Schema } from '../../shared/api/schema';
import { paths, type StatisticsImportReport } from './api';

type Held = Schema<'StatisticDatasets'>;

export function StatisticsReportView({ report }: { report: StatisticsImportReport }) {
  const t = useT();
  const pick = usePick();
  return (
    <section className="panel ev-report" aria-labelledby="ev-stat-report-heading" data-testid="statistics-report" role="status">
      <h2 id="ev-stat-report-heading">{t('evidence.import.reportTitle', { file: report.file })}</h2>
      <p>{report.changed ? t('evidence.stats.changed', { title: report.title }) : t('evidence.import.nothingChanged')}</p>
      <div className="table-scroll">
        <table className="table ev-table">
          <thead>
            <tr>
              <th scope="col">{t('evidence.stats.dataset')}</th>
              <th scope="col">{t('evidence.stats.years')}</th>
              <th scope="col" className="num">{t('evidence.stats.localities')}</th>
              <th scope="col">{t('evidence.col.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {report.datasets.map((d) => (
              <tr key={d.key} data-outcome={d.outcome}>
                <th scope="row">{pick(d.name)}</th>
                <td>{d.years.length ? `${d.years[0]}–${d.years[d.years.length - 1]}` : '—'}</td>
                <td className="num">{d.localities}</td>
                <td>
                  <span className={`ev-outcome ev-outcome--${d.outcome}`}>{t(`evidence.import.${d.outcome}`)}</span>
                  {d.outcome === 'replaced' && d.changedYears.length > 0 && ` (${d.changedYears.join(', ')})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.setAside.length > 0 && (
        <details className="ev-footnote">
          <summary>{t('evidence.stats.setAside', { count: report.setAside.length })}</summary>
          <ul>
            {report.setAside.map((l) => (
              <li key={l.line}>
                {t('evidence.col.row')} {l.line}: {pick(l)}
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="muted ev-footnote">SHA-256 {report.sha256}</p>
    </section>
  );
}

export function HeldStatistics({ version }: { version: number }) {
  const t = useT();
  const pick = usePick();
  const held = useApi<Held>('/api/indicators/statistics', version);
  return (
    <section className="panel" aria-labelledby="ev-held-stats-heading">
      <h2 id="ev-held-stats-heading">{t('evidence.stats.heldTitle')}</h2>
      {held.status === 'loading' && <Loading />}
      {held.status === 'error' && <ErrorNote error={held.error} onRetry={held.retry} />}
      {held.status === 'done' &&
        (held.data.datasets.length === 0 ? (
          <p className="empty">{t('evidence.stats.noneHeld')}</p>
        ) : (
          <ul className="ev-held-stats" data-testid="held-statistics">
            {held.data.datasets.map((d) => (
              <li key={d.key}>
                <strong>{pick(d.name)}</strong> <span className="muted">({pick(d.unit)}; {d.years.map((y) => y.year).join(', ')})</span>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

/** Links to the plain template, for figures that come as no PX-Web export. */
export function StatisticsTemplateLinks() {
  const t = useT();
  return (
    <section className="panel" aria-labelledby="ev-stat-template-heading">
      <h2 id="ev-stat-template-heading">{t('evidence.stats.templateTitle')}</h2>
      <p className="muted">{t('evidence.stats.templateHint')}</p>
      <p>
        <a href={paths.statisticsTemplate('xlsx')} download data-testid="statistics-template-xlsx">
          {t('evidence.stats.templateXlsx')}
        </a>{' '}
        · <a href={paths.statisticsTemplate('csv')} download>{t('evidence.stats.templateCsv')}</a>
      </p>
    </section>
  );
}
