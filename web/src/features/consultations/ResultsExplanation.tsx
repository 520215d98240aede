// Plain words beside the figures, so every number can be traced: which method and which group
// weights produced the order, over how many ballots; and for ranked ballots, how stable the order
// is when the ballots are resampled, with how that was computed.
import type { ConsultationDetail, ConsultationResults, Stability } from './api';
import { ballotsText, methodName } from './labels';
import { formatShare } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';

export function MethodLine({ result, detail }: { result: ConsultationResults; detail: ConsultationDetail }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const weighting = result.weighting;
  const weights = weighting
    ? detail.groups
        .filter((g) => weighting[g.key])
        .map((g, i) => (
          <span key={g.key}>
            {i > 0 && '; '}
            <strong>{pick(g.title)}</strong> {t('results.weightItem', { share: formatShare(weighting[g.key].share, lang), ballots: ballotsText(t, weighting[g.key].voters) })}
          </span>
        ))
    : null;
  return (
    <p className="method-line" data-testid="results-method">
      {t('results.explainMethod', { method: methodName(t, result.method) })};{' '}
      {weights ? (
        <>
          {t('results.weightsLabel')} {weights}
        </>
      ) : (
        t('results.explainEqual')
      )}
      ; {t('results.explainBallots', { ballots: ballotsText(t, result.voters) })}
    </p>
  );
}

export function StabilityNote({ stability, top, voters }: { stability: Stability; top: { key: string; title: string }; voters: number }) {
  const t = useT();
  const { lang } = useLang();
  const topShare = stability.rankShares[top.key]?.[0] ?? 0;
  const top3 = stability.topSame.find((s) => s.k === 3) ?? stability.topSame[stability.topSame.length - 1];
  return (
    <div className="stability" data-testid="stability">
      <h3>{t('results.stability.title')}</h3>
      <p>{t('results.stability.top', { option: top.title, share: formatShare(topShare, lang) })}</p>
      {top3 && top3.k > 1 && <p>{t('results.stability.topSame', { k: top3.k, share: formatShare(top3.share, lang) })}</p>}
      <p className="muted">
        {t('results.stability.how', { ballots: ballotsText(t, voters), n: stability.resamples, seed: stability.seed })}
      </p>
    </div>
  );
}
