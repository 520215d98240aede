// The ranked table of one edition: rank, province, score and every sub-index, best first. On the 34 each
// merged province can show, on demand, the published provinces its figures are the mean of.
import { Link } from 'wouter';
import { usePick, useT, type Translate } from '../../shared/i18n/i18n';
import { links, type Edition, type EditionRow } from './api';
import type { Numbers } from './numbers';
import type { DataTable } from './table';

/** The same table as a file: exact figures, and on the 34 the constituents spelled out. */
export function rankingTable(edition: Edition, t: Translate, pick: (l: { vi: string; en: string }) => string): DataTable {
  const merged = edition.unit === 34;
  return {
    name: `${edition.index.toLowerCase()}-${edition.year}-${edition.unit}`,
    sheet: `${edition.index} ${edition.year} (${edition.unit})`,
    columns: [
      t('evidence.col.rank'),
      t('evidence.col.code'),
      t('evidence.col.province'),
      t('evidence.col.score', { index: edition.index }),
      ...edition.dimensions.map((d) => pick(d)),
      ...(merged ? [t('evidence.col.constituents'), t('evidence.col.missing')] : []),
    ],
    rows: edition.rows.map((r) => [
      r.rank,
      r.locality.code,
      r.locality.name,
      r.score,
      ...edition.dimensions.map((d) => r.dimensions[d.key] ?? null),
      ...(merged
        ? [(r.constituents ?? []).map((c) => `${c.name} (${c.code})`).join('; '), (r.missing ?? []).map((c) => `${c.name} (${c.code})`).join('; ')]
        : []),
    ]),
  };
}

function Constituents({ row, numbers }: { row: EditionRow; numbers: Numbers }) {
  const t = useT();
  const constituents = row.constituents ?? [];
  const missing = row.missing ?? [];
  const partial = Object.entries(row.partial ?? {});
  // A unit that kept its territory has itself as its one constituent: nothing to explain.
  if (constituents.length <= 1 && !missing.length && !partial.length) return null;
  return (
    <details className="ev-constituents" data-testid="constituents">
      <summary>{t('evidence.ranking.formedFrom', { n: constituents.length + missing.length })}</summary>
      <ul>
        {constituents.map((c) => (
          <li key={c.code}>
            {c.name} <span className="muted">({t('evidence.ranking.weight', { share: numbers.share(c.weight) })})</span>
          </li>
        ))}
        {missing.map((c) => (
          <li key={c.code} className="muted">
            {t('evidence.ranking.noRow', { name: c.name })}
          </li>
        ))}
      </ul>
      {partial.length > 0 && <p className="muted">{t('evidence.ranking.partial', { n: partial.length })}</p>}
    </details>
  );
}

export function RankingTable({ edition, numbers }: { edition: Edition; numbers: Numbers }) {
  const t = useT();
  const pick = usePick();
  return (
    <div className="table-scroll" role="region" aria-labelledby="ev-ranking-caption" tabIndex={0}>
      <table className="table ev-table ev-ranking" data-testid="ranking-table">
        <caption id="ev-ranking-caption" className="visually-hidden">
          {t('evidence.ranking.caption', { index: edition.index, year: edition.year, n: edition.rows.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num ev-sticky ev-sticky--rank">
              {t('evidence.col.rank')}
            </th>
            <th scope="col" className="ev-sticky ev-sticky--name">
              {t('evidence.col.province')}
            </th>
            <th scope="col" className="num">
              {t('evidence.col.score', { index: edition.index })}
            </th>
            {edition.dimensions.map((d) => (
              <th scope="col" className="num ev-dim" key={d.key}>
                {pick(d)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {edition.rows.map((row) => (
            <tr key={row.locality.code} data-code={row.locality.code}>
              <td className="num ev-sticky ev-sticky--rank ev-rank">{row.rank ?? '—'}</td>
              <th scope="row" className="ev-sticky ev-sticky--name">
                <Link to={links.profile(row.locality.code, edition.unit)}>{row.locality.name}</Link>
                {edition.unit === 34 && <Constituents row={row} numbers={numbers} />}
              </th>
              <td className="num ev-score">{numbers.score(row.score)}</td>
              {edition.dimensions.map((d) => (
                <td className="num" key={d.key}>
                  {numbers.score(row.dimensions[d.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
