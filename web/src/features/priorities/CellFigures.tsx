// The figures behind one computed cell: for an evidence gap, each index figure or statistic with its year,
// value and national percentile, and a note when the area rests on a governance proxy alone; for stakeholder support, the consultation, its counting method and ballots.
import { Link } from 'wouter';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import type { Alternative, Criterion, Source } from './api';
import { formatValue } from './numbers';

interface Props {
  source: Source;
  alternative: Alternative;
  criterion: Criterion;
  value: number | null;
  onClose: () => void;
}

export function CellFigures({ source, alternative, criterion, value, onClose }: Props) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const figures = source.evidence?.[alternative.key] ?? [];
  const consultation = source.consultation;
  return (
    <div className="pr-figures" data-testid="cell-figures">
      <div className="pr-figures__head">
        <h4>
          {pick(criterion.title)} · {pick(alternative.title)}: <span className="pr-num">{formatValue(value, lang, 1)}</span>
        </h4>
        <button type="button" className="button button--secondary" onClick={onClose}>{t('priorities.close')}</button>
      </div>
      <p className="muted">{pick(source.description)}</p>
      {figures.length > 0 && (
        <div className="table-scroll">
          <table className="table pr-figures__table">
            <thead>
              <tr>
                <th scope="col">{t('priorities.figures.index')}</th>
                <th scope="col">{t('priorities.figures.key')}</th>
                <th scope="col" className="pr-num">{t('priorities.figures.year')}</th>
                <th scope="col" className="pr-num">{t('priorities.figures.value')}</th>
                <th scope="col" className="pr-num">{t('priorities.figures.percentile')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.map((f) => (
                <tr key={`${f.index}-${f.key}-${f.year}`}>
                  <td>{f.index}</td>
                  <td>{pick(f)}</td>
                  <td className="pr-num">{f.year}</td>
                  <td className="pr-num">{formatValue(f.value, lang, 2)}</td>
                  <td className="pr-num">{formatValue(f.percentile, lang, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {source.kind === 'evidence-gap' && figures.length === 0 && <p className="note">{t('priorities.figures.none')}</p>}
      {source.coverage?.[alternative.key]?.basis === 'governance-only' && (
        <p className="note" data-testid="cell-proxy-only">
          {t('priorities.figures.proxyOnly')}
        </p>
      )}
      {consultation && (
        <p>
          {t('priorities.figures.consultation')}{' '}
          <Link to={`/consultations/${encodeURIComponent(consultation.id)}`}>{pick(consultation.title)}</Link>
          {' — '}
          {t('priorities.figures.ballots', { method: consultation.method, ballots: formatValue(consultation.ballots, lang, 1) })}
          {consultation.group && ` — ${t('priorities.figures.group', { group: consultation.group })}`}
        </p>
      )}
    </div>
  );
}
