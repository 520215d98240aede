// The caller's own AHP answers: one slider per pair of criteria on Saaty's scale. The consistency
// ratio is worked out in the browser with the same core code the server uses, so the official sees it
// move as they answer; on saving the server's figure is shown, and the pairs to revisit are named.
import { useMemo, useState } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import { useSession } from '../accounts/session';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';
import { priorities, type Priorities } from '../../../../src/core/mcda/ahp';
import { CR_LIMIT } from '../../../../src/core/mcda/consistency';
import { judgmentOf, pairsOf, paths, type Exercise, type Judgments } from './api';
import { percentText, formatScore } from './numbers';
import { SaatySlider } from './SaatySlider';
import { judgmentWords, positionOf, valueAt } from './saaty';

type Props = { exercise: Exercise; judgments: Judgments; onSaved: (next: Judgments) => void };
type SaveState = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; error: unknown };

// The sliders' positions, the answers they mean, the weights and consistency worked out from them as
// they move, and saving them.
function useAnswers({ exercise, judgments, onSaved }: Props) {
  const criteria = judgments.criteria;
  const pairs = useMemo(() => pairsOf(criteria), [criteria]);
  const [positions, setPositions] = useState<Record<string, number>>(() =>
    Object.fromEntries(pairs.map(([a, b]) => [`${a}>${b}`, positionOf(judgmentOf(judgments.mine, a, b) ?? 1)])),
  );
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  const answers = useMemo(() => Object.fromEntries(pairs.map(([a, b]) => [`${a}>${b}`, valueAt(positions[`${a}>${b}`] ?? 0)])), [pairs, positions]);
  const live: Priorities | null = useMemo(() => {
    try {
      return criteria.length >= 2 ? priorities(criteria, [answers]) : null;
    } catch {
      return null;
    }
  }, [criteria, answers]);

  const move = (pair: string, position: number) => {
    setPositions((s) => ({ ...s, [pair]: position }));
    setState({ kind: 'idle' });
  };
  const onSave = async () => {
    setState({ kind: 'saving' });
    try {
      const next = await api<Judgments>(paths.judgments(exercise.id), { method: 'PUT', body: { judgments: answers } });
      setState({ kind: 'saved' });
      onSaved(next);
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };
  return { pairs, positions, move, live, state, onSave };
}

export function Questionnaire(props: Props) {
  const { exercise, judgments } = props;
  const t = useT();
  const pick = usePick();
  const { state: session } = useSession();
  const myId = session.status === 'signed-in' ? session.me.user.id : null;
  const title = (key: string) => pick(exercise.criteria.find((c) => c.key === key)?.title) || key;
  const { pairs, positions, move, live, state, onSave } = useAnswers(props);
  const saved = judgments.officials.find((o) => o.userId === myId) ?? null;

  return (
    <div className="pr-ahp" data-testid="questionnaire">
      <h3 className="pr-subhead">{t('priorities.ahp.mine')}</h3>
      <p className="muted">{t('priorities.ahp.how', { n: pairs.length })}</p>
      <ol className="pr-pairs">
        {pairs.map(([a, b], i) => (
          <li key={`${a}>${b}`} className="pr-pair" data-testid="pair" data-pair={`${a}>${b}`}>
            <SaatySlider
              id={`pr-pair-${i}`}
              number={i + 1}
              a={title(a)}
              b={title(b)}
              position={positions[`${a}>${b}`] ?? 0}
              onChange={(p) => move(`${a}>${b}`, p)}
            />
          </li>
        ))}
      </ol>

      {live && <LiveConsistency live={live} pairs={pairs} criteria={judgments.criteria} title={title} />}

      <SaveAnswers state={state} saved={saved} onSave={onSave} />
    </div>
  );
}

type LiveProps = { live: Priorities; pairs: [string, string][]; criteria: string[]; title: (key: string) => string };

/** The consistency ratio as the sliders stand, the pairs to revisit when it is too high, and the weights they give. */
function LiveConsistency({ live, pairs, criteria, title }: LiveProps) {
  const t = useT();
  const { lang } = useLang();
  const inconsistent = live.cr > CR_LIMIT;
  return (
    <div className={`pr-cr ${inconsistent ? 'pr-cr--bad' : 'pr-cr--good'}`} data-testid="live-cr" aria-live="polite">
      <p>
        <strong>{t('priorities.ahp.liveCr', { cr: formatScore(live.cr, lang) })}</strong>{' '}
        {inconsistent ? t('priorities.ahp.crBad') : t('priorities.ahp.crGood')}
      </p>
      {inconsistent && live.revisit.length > 0 && (
        <>
          <p>{t('priorities.ahp.revisitIntro')}</p>
          <ul data-testid="revisit">
            {live.revisit.map((r) => {
              const [ra, rb] = r.judgment.split('>');
              const n = pairs.findIndex(([a, b]) => `${a}>${b}` === r.judgment) + 1;
              return (
                <li key={r.judgment}>
                  {t('priorities.ahp.revisit', {
                    n,
                    given: judgmentWords(t, title(ra), title(rb), positionOf(r.given)),
                    implied: judgmentWords(t, title(ra), title(rb), positionOf(r.implied)),
                  })}{' '}
                  <button type="button" className="pr-linkbutton" onClick={() => document.getElementById(`pr-pair-${n - 1}`)?.focus()}>
                    {t('priorities.ahp.goTo', { n })}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p className="pr-myweights">
        {t('priorities.ahp.myWeights')}{' '}
        {criteria.map((c, i) => (
          <span key={c} className="pr-chip">
            {title(c)}: {percentText(live.weights[i], lang)}
          </span>
        ))}
      </p>
    </div>
  );
}

function SaveAnswers({ state, saved, onSave }: { state: SaveState; saved: { cr: number } | null; onSave: () => void }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <div className="pr-actions">
      <button type="button" className="button button--primary" onClick={onSave} disabled={state.kind === 'saving'} data-testid="ahp-save">
        {state.kind === 'saving' ? t('priorities.saving') : t('priorities.ahp.save')}
      </button>
      {state.kind === 'saved' && saved && (
        <span className="pr-ok" role="status" data-testid="ahp-saved">
          {t('priorities.ahp.saved', { cr: formatScore(saved.cr, lang) })}
        </span>
      )}
      {state.kind !== 'saved' && saved && (
        <span className="muted" data-testid="ahp-previous">{t('priorities.ahp.previous', { cr: formatScore(saved.cr, lang) })}</span>
      )}
      {state.kind === 'failed' && <span className="form__error" role="alert">{errorMessage(state.error, lang, t)}</span>}
    </div>
  );
}
