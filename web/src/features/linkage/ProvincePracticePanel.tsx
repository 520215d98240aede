// Paper to practice per province in force today: how many commitments each has (pre-2025 parties counted
// under their successor), at which stage, and the share that moved (started, on track or done); below, the
// same share at the end of each year since the first agreement began (ProvinceYearsChart).
import { useApi } from '../../shared/api/useApi';
import { useLang, useT } from '../../shared/i18n/i18n';
import { ErrorNote, Loading } from '../../shared/layout/Status';
import { paths, type ProvincePractice } from './api';
import { rateText } from './numbers';
import { ProvinceYearsChart } from './ProvinceYearsChart';

export function ProvincePracticePanel({ spaceId }: { spaceId: string }) {
  const t = useT();
  const { lang } = useLang();
  const result = useApi<ProvincePractice>(paths.practice(spaceId));
  return (
    <section className="panel" aria-labelledby="lk-practice">
      <h2 id="lk-practice">{t('linkage.practice.title')}</h2>
      <p className="muted">{t('linkage.practice.intro')}</p>
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorNote error={result.error} onRetry={result.retry} />}
      {result.status === 'done' && result.data.provinces.length === 0 && <p className="muted">{t('linkage.practice.empty')}</p>}
      {result.status === 'done' && result.data.provinces.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="lk-practice" tabIndex={0}>
          <table className="table lk-numbers" data-testid="province-practice">
            <thead>
              <tr>
                <th scope="col">{t('linkage.practice.province')}</th>
                <th scope="col">{t('linkage.practice.total')}</th>
                <th scope="col">{t('linkage.stage.on-paper')}</th>
                <th scope="col">{t('linkage.practice.moved')}</th>
                <th scope="col">{t('linkage.practice.rate')}</th>
              </tr>
            </thead>
            <tbody>
              {result.data.provinces.map((p) => (
                <tr key={p.locality.id} data-locality={p.locality.id}>
                  <th scope="row">{p.locality.name}</th>
                  <td>{p.practice.total}</td>
                  <td>{p.practice.onPaper}</td>
                  <td>{p.practice.moved}</td>
                  <td data-testid="practice-rate">{rateText(p.practice.rate, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.status === 'done' && result.data.provinces.length > 0 && <ProvinceYearsChart spaceId={spaceId} />}
    </section>
  );
}
