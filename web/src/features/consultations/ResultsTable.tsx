// The ranking as a table with the exact figures: rank (ties marked), option, the method's figure,
// the share of voters where the figure is a count, each cluster's or group's figure in a
// breakdown, and for ranked ballots how often each option kept first place on resampling.
// On a phone each row folds into a card, and each figure shows its column's name beside it.
import type { ReactNode } from 'react';
import type { ConsultationResults, Keyed } from './api';
import { ballotsText, measureName } from './labels';
import { countsVoters, inRankOrder, measureOf, placings, type Part } from './results';
import { formatNumber, formatShare } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';

// The label is text, not CSS content, so it is read out and copied with the figure on a phone;
// on wider screens the column header says it and the label is not displayed.
function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <td className="num">
      <span className="results-table__label">{label}</span>
      <span>{children}</span>
    </td>
  );
}

export function ResultsTable({ result, options, parts }: { result: ConsultationResults; options: Keyed[]; parts: Part[] }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const measure = measureOf(result);
  const places = placings(result);
  const winners = new Set(result.winners);
  const shares = countsVoters(result.method) && result.voters > 0;
  const stability = result.stability;
  const figure = (value: number | undefined) => (value === undefined ? '—' : formatNumber(value, lang));
  const percent = (share: number) => t('results.percent', { value: formatShare(share, lang) });
  const measureLabel = measure ? measureName(t, measure.code) : '';
  const partBallots = (part: Part) => (part.withheld ? t(part.reveals ? 'results.withheldReveals' : 'results.withheld', { n: part.withheld }) : ballotsText(t, part.result.voters));

  return (
    <div className="table-scroll" role="region" aria-labelledby="results-table-caption" tabIndex={0}>
      <table className="table results-table" data-testid="results-table">
        <caption id="results-table-caption" className="visually-hidden">{t('results.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.rank')}</th>
            <th scope="col">{t('results.option')}</th>
            {measure && <th scope="col" className="num">{measureLabel}</th>}
            {shares && <th scope="col" className="num">{t('results.shareOfVoters')}</th>}
            {parts.map((part) => (
              <th scope="col" className="num" key={part.key} data-testid="results-part">
                {pick(part.title)}
                <span className="results-table__sub">{partBallots(part)}</span>
              </th>
            ))}
            {stability && <th scope="col" className="num">{t('results.stability.first')}</th>}
            {stability && <th scope="col" className="num">{t('results.stability.interval')}</th>}
          </tr>
        </thead>
        <tbody>
          {inRankOrder(result, options).map((option) => {
            const place = places.get(option.key);
            const value = measure?.values[option.key];
            const interval = stability?.rankInterval90[option.key];
            return (
              <tr key={option.key} className={winners.has(option.key) ? 'results-table__winner' : undefined}>
                <td className="results-table__rank">
                  {place ? place.rank : '—'}
                  {place?.tied && <span className="results-table__sub">{t('results.tied')}</span>}
                </td>
                <th scope="row">{pick(option.title)}</th>
                {measure && <Figure label={measureLabel}>{figure(value)}</Figure>}
                {shares && <Figure label={t('results.shareOfVoters')}>{value === undefined ? '—' : percent(value / result.voters)}</Figure>}
                {parts.map((part) => {
                  const partValue = measureOf(part.result)?.values[option.key];
                  const top = part.result.winners.includes(option.key);
                  return (
                    <Figure key={part.key} label={`${pick(part.title)} (${partBallots(part)})`}>
                      {top ? <strong>{figure(partValue)}</strong> : figure(partValue)}
                    </Figure>
                  );
                })}
                {stability && <Figure label={t('results.stability.first')}>{percent(stability.rankShares[option.key]?.[0] ?? 0)}</Figure>}
                {stability && (
                  <Figure label={t('results.stability.interval')}>
                    {!interval ? '—' : interval[0] === interval[1] ? interval[0] : t('results.interval', { lo: interval[0], hi: interval[1] })}
                  </Figure>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
