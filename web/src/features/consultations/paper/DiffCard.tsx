// One form the two entries read differently: entry 1 | entry 2, what was decided, and for the
// facilitator the ways to settle it (either entry, spoilt, or the reading typed off the paper).
import { useState, type FormEvent } from 'react';
import { api } from '../../../shared/api/client';
import type { ConsultationDetail } from '../api';
import { ErrorNote } from '../../../shared/layout/Status';
import { useT } from '../../../shared/i18n/i18n';
import { isSpoilt, paperFormOf, paperFormOfReading, parseForm, rulesOf, sameReading } from './forms';
import { batchPath, type FormComparison, type PaperBatch, type PaperForm } from './paper.api';
import { OptionItem, ReadingView } from './ReadingView';

interface Props {
  comparison: FormComparison;
  detail: ConsultationDetail;
  batch: PaperBatch;
  /** Who typed entry 1 and entry 2. */
  by: [string, string];
  editable: boolean;
  onResolved: (form: number) => void;
}

// Settling the form: sending a reading (an entry's, spoilt, or the one typed off the paper).
function useSettle({ comparison: c, detail, batch, onResolved }: Props) {
  const n = c.form + 1;
  const rules = rulesOf(detail.ballot, detail.options.length);
  const [typed, setTyped] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const own = parseForm(typed, rules);

  const settle = async (reading: PaperForm) => {
    setBusy(true);
    setError(null);
    try {
      await api<void>(`${batchPath(detail.id, batch.key)}/resolutions/${n}`, { method: 'PUT', body: { reading } });
      setTyped('');
      setTried(false);
      onResolved(n);
    } catch (failure) {
      setError(failure);
    }
    setBusy(false);
  };
  const submitOwn = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    const reading = paperFormOf(own, detail.options, rules);
    if (reading) void settle(reading);
  };
  const ownProblem = own.kind === 'choice' && own.problem && (tried || !own.pending) ? own.problem : own.kind === 'empty' && tried ? { key: `paper.entry.empty.${rules.kind}` as const, vars: { n } } : null;
  return { rules, typed, setTyped, busy, error, own, ownProblem, settle, submitOwn };
}

type Settling = ReturnType<typeof useSettle>;

export function DiffCard(props: Props) {
  const { comparison: c, detail, batch, by, editable } = props;
  const t = useT();
  const options = detail.options;
  const n = c.form + 1;
  const resolution = batch.resolutions[String(c.form)];
  const settling = useSettle(props);
  const { rules } = settling;

  const source = !resolution ? null : sameReading(resolution, c.first, options, rules) ? 'from1' : sameReading(resolution, c.second, options, rules) ? 'from2' : isSpoilt(resolution) ? null : 'typed';

  return (
    <li className={`pp-diff${resolution ? ' pp-diff--resolved' : ''}`} data-testid="paper-diff" data-form={n}>
      <div className="pp-diff__head">
        <h3 id={`paper-diff-${n}`}>{t('paper.compare.form', { n })}</h3>
        <span className={`pp-badge${resolution ? ' pp-badge--resolved' : ''}`} data-testid="paper-diff-state">
          {resolution ? t('paper.compare.resolved') : t('paper.compare.unresolved')}
        </span>
      </div>
      <div className="pp-diff__sides">
        {([c.first, c.second] as const).map((reading, i) => (
          <div key={i} className="pp-side">
            <h4>
              {t(i === 0 ? 'paper.compare.first' : 'paper.compare.second')}
              {by[i] && <span className="pp-side__who">{by[i]}</span>}
            </h4>
            <ReadingView reading={reading} other={i === 0 ? c.second : c.first} options={options} testId={i === 0 ? 'paper-diff-first' : 'paper-diff-second'} />
          </div>
        ))}
      </div>
      {resolution && (
        <div className="pp-decision" data-testid="paper-diff-decision">
          <span className="pp-decision__label">{t('paper.compare.decision')}</span>
          <ReadingView reading={resolution} options={options} />
          {source && <span className="muted">({t(`paper.compare.${source}`)})</span>}
        </div>
      )}
      {editable && <SettleActions comparison={c} options={options} settling={settling} />}
      {settling.error != null && <ErrorNote error={settling.error} />}
    </li>
  );
}

type Options = ConsultationDetail['options'];

/** The facilitator's ways to settle the form: either entry, spoilt, or the reading typed off the paper. */
function SettleActions({ comparison: c, options, settling }: { comparison: FormComparison; options: Options; settling: Settling }) {
  const t = useT();
  const { busy, settle } = settling;
  const heading = `paper-diff-${c.form + 1}`;
  return (
    <div className="pp-diff__actions">
      <div className="button-row">
        <button type="button" className="button button--secondary" data-testid="paper-take-1" aria-describedby={heading} disabled={busy || !c.first}
          onClick={() => c.first && settle(paperFormOfReading(c.first))}>
          {t('paper.compare.take1')}
        </button>
        <button type="button" className="button button--secondary" data-testid="paper-take-2" aria-describedby={heading} disabled={busy || !c.second}
          onClick={() => c.second && settle(paperFormOfReading(c.second))}>
          {t('paper.compare.take2')}
        </button>
        <button type="button" className="button button--secondary pp-button--spoilt" data-testid="paper-take-spoilt" aria-describedby={heading} disabled={busy}
          onClick={() => settle({ spoilt: true })}>
          {t('paper.compare.spoilt')}
        </button>
      </div>
      <OwnReading n={c.form + 1} options={options} settling={settling} />
    </div>
  );
}

function OwnReading({ n, options, settling }: { n: number; options: Options; settling: Settling }) {
  const t = useT();
  const { rules, typed, setTyped, busy, own, ownProblem, submitOwn } = settling;
  return (
    <form className="pp-own" onSubmit={submitOwn} noValidate>
      <div className="field">
        <label htmlFor={`paper-own-${n}`}>
          <span className="visually-hidden">{t('paper.compare.form', { n })}: </span>
          {t('paper.compare.own')}
        </label>
        <div className="pp-own__row">
          <input id={`paper-own-${n}`} data-testid="paper-own" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false}
            autoCapitalize="off" aria-invalid={ownProblem ? true : undefined} aria-describedby={`paper-own-${n}-feedback`} />
          <button type="submit" className="button button--secondary" data-testid="paper-own-save" disabled={busy}>
            {t('paper.compare.ownSave')}
          </button>
        </div>
        <div id={`paper-own-${n}-feedback`} aria-live="polite">
          {own.kind === 'choice' && !ownProblem && (own.values ?? own.numbers).length > 0 && (
            <ul className="pp-reading">
              {own.values
                ? own.values.map((value, i) => <OptionItem key={i} n={i + 1} options={options} value={rules.kind === 'budget' && value === 0 ? null : value} />)
                : own.numbers.map((k, i) => <OptionItem key={`${i}-${k}`} n={k} options={options} place={rules.kind === 'ranking' ? i + 1 : undefined} />)}
            </ul>
          )}
          {own.kind === 'spoilt' && <p className="muted">{t('paper.reading.spoilt')}</p>}
          {ownProblem && <p className="field__error">{t(ownProblem.key, ownProblem.vars)}</p>}
        </div>
      </div>
    </form>
  );
}
