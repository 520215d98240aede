// One suggested exchange: its members in giving order (each gives to the next, the last to the first),
// each member's gain, the score with its formula, the explanation in words, and — for a coordinator —
// "accept as agreement", which opens the agreement form with the parties and sectors filled in.
import { useState } from 'react';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import type { Exchange, Intent } from './api';
import { AcceptForm } from './AcceptForm';
import { harmonicFormula } from './network';
import { scoreText } from './numbers';
import type { RegionView } from './RegionShell';

export function SuggestionCard({ region, exchange: e, intents }: { region: RegionView; exchange: Exchange; intents: Intent[] }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const [accepting, setAccepting] = useState(false);
  const names = e.members.map((m) => m.name);
  const gains = e.members.map((m) => e.gains.find((g) => g.localityId === m.id)?.gain ?? 0);
  const number = (x: number) => scoreText(x, lang);
  return (
    <li className="lk-card" data-testid="suggestion" data-members={e.members.map((m) => m.id).join(' ')}>
      <p className="lk-card__head">
        <span className="tag">{t(e.members.length === 2 ? 'linkage.suggestions.pair' : 'linkage.suggestions.cycle')}</span>{' '}
        <strong>{e.members.length === 2 ? names.join(' ⇄ ') : [...names, names[0]].join(' → ')}</strong>
      </p>
      <p>{pick(e.words)}</p>
      <dl className="facts facts--compact">
        {e.members.map((m, i) => (
          <div key={m.id}>
            <dt>{t('linkage.suggestions.gainOf', { name: m.name })}</dt>
            <dd>{number(gains[i])}</dd>
          </div>
        ))}
        <div>
          <dt>{t('linkage.suggestions.score')}</dt>
          <dd data-testid="suggestion-score">{number(e.score)}</dd>
        </div>
      </dl>
      <p className="method-line">{t('linkage.suggestions.formula', { formula: harmonicFormula(gains, e.score, number) })}</p>
      {region.permissions.coordinate && !accepting && (
        <button type="button" className="button button--primary" disabled={intents.length === 0} onClick={() => setAccepting(true)}>{t('linkage.suggestions.accept')}</button>
      )}
      {accepting && <AcceptForm region={region} exchange={e} intents={intents} onCancel={() => setAccepting(false)} />}
    </li>
  );
}
