// The offers and the needs shown, side by side on a wide screen and one after the other on a phone. Each
// names its locality, sector, kind, size (1–5), time frame and the index figure it rests on; the caller's
// own (the server says which: `editable`) can be edited or removed. The evidence links to the province's
// profile in the evidence hub.
import { useState } from 'react';
import { Link } from 'wouter';
import { api, errorMessage } from '../../shared/api/client';
import { formatDate } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { links } from '../indicators/api';
import { localized, paths, type Intent } from './api';
import { useKindName, useSectorName } from './labels';
import type { RegionView } from './RegionShell';

/** The evidence hub's profile of the province an offer or need belongs to (63 or 34, as its id says). */
const profileOf = (localityId: string) => links.profile(localityId.split(':')[1], localityId.startsWith('vn34:') ? 34 : 63);

type Props = { region: RegionView; intents: Intent[]; onEdit: (i: Intent) => void; onRemoved: () => void };

export function IntentList(props: Props) {
  const t = useT();
  if (props.intents.length === 0) return <p className="muted">{t('linkage.intents.empty')}</p>;
  return (
    <div className="lk-intents">
      {(['offer', 'need'] as const).map((direction) => (
        <div key={direction} className="lk-intents__col">
          <h3>{t(direction === 'offer' ? 'linkage.intents.offers' : 'linkage.intents.needs')}</h3>
          <ul className="lk-cards" data-testid={`intents-${direction}`}>
            {props.intents.filter((i) => i.direction === direction).map((i) => <IntentItem key={i.id} {...props} intent={i} />)}
          </ul>
        </div>
      ))}
    </div>
  );
}

function IntentItem({ region, intent: i, onEdit, onRemoved }: Omit<Props, 'intents'> & { intent: Intent }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const sector = useSectorName(region);
  const kind = useKindName();
  const [problem, setProblem] = useState<string | null>(null);
  const remove = async () => {
    setProblem(null);
    try {
      await api(paths.intent(region.spaceId, i.id), { method: 'DELETE' });
      onRemoved();
    } catch (e) {
      setProblem(errorMessage(e, lang, t));
    }
  };
  const frame = i.startsOn || i.endsOn ? `${formatDate(i.startsOn)} – ${formatDate(i.endsOn)}` : null;
  return (
    <li className="lk-card" data-testid="intent" data-direction={i.direction}>
      <p className="lk-card__head">
        <strong>{i.locality.name}</strong> · {sector(i.sector)} · {kind(i.kind)} · {t('linkage.intents.size', { n: i.size })}
      </p>
      <p>{pick(localized(i.text))}</p>
      <p className="muted lk-card__meta">
        {frame && <span>{frame}</span>}
        {i.evidence && (
          <Link to={profileOf(i.locality.id)} data-testid="intent-evidence">
            {t('linkage.intents.evidence', { index: i.evidence.index, indicator: i.evidence.indicator, year: i.evidence.year ?? '—' })}
          </Link>
        )}
      </p>
      {i.editable && (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => onEdit(i)}>{t('linkage.intents.edit')}</button>
          <button type="button" className="button button--quiet-dark" onClick={remove}>{t('linkage.intents.remove')}</button>
        </div>
      )}
      {problem && <p className="form__error" role="alert">{problem}</p>}
    </li>
  );
}
