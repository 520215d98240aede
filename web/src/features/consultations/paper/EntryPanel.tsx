// Typing in a batch, keyboard only: one box for the current form, what is on it typed in (the
// ticked numbers, the numbers in order of preference, or one score per option), Enter to the next form, ↑/↓ or Backspace in an empty box to go back. A form that breaks the
// ballot's rules is flagged at once, while the paper is still in hand. Saving sends the whole entry.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { api } from '../../../shared/api/client';
import type { ConsultationDetail } from '../api';
import { ErrorNote } from '../../../shared/layout/Status';
import { usePick, useT } from '../../../shared/i18n/i18n';
import { digitsRunTogether, isDone, paperFormOf, parseForm, rulesOf, type Rules, type TypedForm } from './forms';
import { FormTiles } from './FormTiles';
import { batchPath, type PaperBatch, type PaperEntry } from './paper.api';
import { formatDateTime, loadDraft, saveDraft } from './paper.local';
import { OptionItem } from './ReadingView';

interface Props {
  detail: ConsultationDetail;
  batch: PaperBatch;
  entries: PaperEntry[];
  /** The signed-in person's email, as the server records who typed an entry. */
  me: string;
  onSaved: (entry: 1 | 2, total: number) => void;
  onCancel?: () => void;
}

// The first free entry; someone typing their own entry again gets that one.
function defaultEntry(entries: PaperEntry[], me: string): 1 | 2 {
  const mine = entries.find((e) => e.enteredBy === me);
  if (mine) return mine.entry;
  return entries.some((e) => e.entry === 1) ? 2 : 1;
}

const listed = (forms: number[]) => forms.slice(0, 10).map((i) => i + 1).join(', ') + (forms.length > 10 ? '…' : '');

export function EntryPanel({ detail, batch, entries, me, onSaved, onCancel }: Props) {
  const t = useT();
  const pick = usePick();
  const options = detail.options;
  const rules = rulesOf(detail.ballot, options.length);
  const [restored] = useState(() => loadDraft(detail.id, batch.key, me, batch.forms));
  const [texts, setTexts] = useState<string[]>(() => restored ?? Array.from({ length: batch.forms }, () => ''));
  const [at, setAt] = useState(0);
  // Enter was pressed on a form that is not finished: say what is wrong, not just what is missing.
  const [insist, setInsist] = useState(false);
  const [entry, setEntry] = useState<1 | 2>(() => defaultEntry(entries, me));
  const [note, setNote] = useState<{ kind: 'allTyped' } | { kind: 'unfinished'; forms: number[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const box = useRef<HTMLInputElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);

  const parsed: TypedForm[] = texts.map((text) => parseForm(text, rules));
  const unfinished = parsed.flatMap((form, i) => (isDone(form) ? [] : [i]));
  const done = batch.forms - unfinished.length;

  useEffect(() => {
    box.current?.focus();
  }, []);
  useEffect(() => {
    saveDraft(detail.id, batch.key, me, texts);
  }, [detail.id, batch.key, me, texts]);

  const go = (i: number) => {
    setAt(Math.max(0, Math.min(batch.forms - 1, i)));
    setInsist(false);
    setNote(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      if (!isDone(parsed[at])) return setInsist(true);
      if (at < batch.forms - 1) return go(at + 1);
      // The last form: on to saving, or back to the first form still to finish.
      if (unfinished.length === 0) {
        setNote({ kind: 'allTyped' });
        saveButton.current?.focus();
      } else {
        go(unfinished[0]);
        setNote({ kind: 'unfinished', forms: unfinished });
      }
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      go(at + (event.key === 'ArrowUp' ? -1 : 1));
    } else if (event.key === 'Backspace' && texts[at] === '' && at > 0) {
      event.preventDefault();
      go(at - 1);
    }
  };

  const type = (value: string) => {
    setTexts((all) => all.map((text, i) => (i === at ? value : text)));
    setInsist(false);
  };

  const save = async () => {
    if (unfinished.length) {
      go(unfinished[0]);
      setNote({ kind: 'unfinished', forms: unfinished });
      box.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const forms = parsed.map((form) => paperFormOf(form, options, rules));
      await api<void>(`${batchPath(detail.id, batch.key)}/entries/${entry}`, { method: 'PUT', body: { forms } });
      saveDraft(detail.id, batch.key, me, null);
      onSaved(entry, batch.forms);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  const existing = entries.find((e) => e.entry === entry);
  const other = entries.find((e) => e.entry !== entry);
  const current = parsed[at];
  const flagged = current.kind === 'choice' && current.problem !== null && (!current.pending || insist);

  return (
    <section className="panel pp-entry" aria-labelledby="paper-entry-heading" data-testid="paper-entry">
      <div className="panel__head">
        <h2 id="paper-entry-heading">{t('paper.entry.title')}</h2>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
      <fieldset className="pp-which">
        <legend>{t('paper.entry.which')}</legend>
        <div className="pp-which__choices">
          {([1, 2] as const).map((n) => (
            <label key={n} className="choice">
              <input type="radio" name="paper-entry" value={n} checked={entry === n} onChange={() => setEntry(n)} data-testid={`paper-which-${n}`} />
              {entries.some((e) => e.entry === n) ? t('paper.entry.choiceDone', { n }) : t('paper.entry.choice', { n })}
            </label>
          ))}
        </div>
      </fieldset>
      {other && other.enteredBy === me && <p className="note">{t('paper.entry.sameClerk', { n: entry, other: other.entry })}</p>}
      {existing && <p className="note">{t('paper.entry.replaces', { n: entry, who: existing.enteredBy, when: formatDateTime(existing.enteredAt) })}</p>}
      {restored && <p className="muted">{t('paper.entry.draftRestored')}</p>}

      <div className="pp-entry__grid">
        <div className="pp-entry__main">
          <p className="pp-current" aria-hidden="true" data-testid="paper-current">
            <span className="pp-current__word">{t('paper.entry.form')}</span> <span className="pp-current__n">{at + 1}</span>
            <span className="pp-current__total">/{batch.forms}</span>
          </p>
          <label htmlFor="paper-typed" className="pp-typed-label">
            <span className="visually-hidden">{t('paper.entry.formOf', { n: at + 1, total: batch.forms })} </span>
            {t(`paper.entry.inputLabel.${rules.kind}`)}
          </label>
          <input
            id="paper-typed"
            ref={box}
            className="pp-typed"
            data-testid="paper-typed"
            value={texts[at]}
            onChange={(e) => type(e.target.value)}
            onKeyDown={onKeyDown}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            inputMode={digitsRunTogether(rules) ? 'numeric' : 'text'}
            aria-invalid={flagged || (insist && current.kind === 'empty') || undefined}
            aria-describedby="paper-feedback paper-keys"
          />
          <div id="paper-feedback" className="pp-feedback" aria-live="polite" data-testid="paper-feedback">
            {current.kind === 'empty' && <p className={insist ? 'field__error' : 'muted'}>{t(`paper.entry.empty.${rules.kind}`, { n: at + 1 })}</p>}
            {current.kind === 'spoilt' && <p className="pp-feedback__spoilt">{t('paper.entry.spoilt')}</p>}
            {current.kind === 'choice' && (
              <>
                <TypedItems form={current} options={options} rules={rules} />
                {flagged && current.problem ? (
                  <p className="field__error" data-testid="paper-problem">{t(current.problem.key, current.problem.vars)}</p>
                ) : (
                  <p className="muted">{current.pending ? pendingText(t, rules, current) : t('paper.entry.next')}</p>
                )}
              </>
            )}
          </div>

          <div className="pp-progress">
            <progress max={batch.forms} value={done} aria-hidden="true" />
            <span data-testid="paper-progress">{t('paper.entry.progress', { done, total: batch.forms })}</span>
          </div>
          <div className="button-row">
            <button ref={saveButton} type="button" className="button button--primary" data-testid="paper-save" disabled={busy} onClick={save}>
              {busy ? t('paper.entry.saving') : t('paper.entry.save', { n: entry })}
            </button>
          </div>
          <p role="status" className={note?.kind === 'unfinished' ? 'field__error' : 'muted'} data-testid="paper-note">
            {note?.kind === 'allTyped' && t('paper.entry.allTyped', { total: batch.forms, n: entry })}
            {note?.kind === 'unfinished' && t('paper.entry.unfinished', { forms: listed(note.forms) })}
          </p>
          {error != null && <ErrorNote error={error} />}
        </div>

        <aside className="pp-entry__side" aria-labelledby="paper-options-heading">
          <h3 id="paper-options-heading">{t('paper.entry.options')}</h3>
          <p className="muted pp-rule" data-testid="paper-rule">{ruleText(t, rules)}</p>
          <ol className="pp-legend" data-testid="paper-legend">
            {options.map((option, i) => (
              <li key={option.key}>
                <span className="pp-option__n">{i + 1}</span>
                <span>{pick(option.title)}</span>
              </li>
            ))}
          </ol>
          <h3>{t('paper.keys.title')}</h3>
          <ul id="paper-keys" className="pp-keys">
            <li>{t(`paper.keys.${rules.kind}.${digitsRunTogether(rules) ? 'digits' : 'spaced'}`)}</li>
            {(rules.kind === 'score' || rules.kind === 'budget') && <li>{t(`paper.keys.blank.${rules.kind}`)}</li>}
            <li>{t('paper.keys.enter')}</li>
            <li>{rules.kind === 'approval' || rules.kind === 'ranking' ? t('paper.keys.spoilt') : t('paper.keys.spoiltH')}</li>
            <li>{t('paper.keys.move')}</li>
            <li>{t('paper.keys.back')}</li>
          </ul>
        </aside>
      </div>

      <FormTiles
        parsed={parsed}
        at={at}
        onPick={(i) => {
          go(i);
          box.current?.focus();
        }}
      />
    </section>
  );
}

type T = ReturnType<typeof useT>;

function ruleText(t: T, rules: Rules): string {
  if (rules.kind === 'score') return t('paper.entry.rule.score', { low: rules.low, high: rules.high });
  if (rules.kind === 'budget') return t('paper.entry.rule.budget', { points: rules.points });
  const kind = rules.kind === 'ranking' ? 'ranking' : 'approval';
  return rules.min === rules.max ? t(`paper.entry.ruleExact.${kind}`, { min: rules.min }) : t(`paper.entry.rule.${kind}`, { min: rules.min, max: rules.max });
}

function pendingText(t: T, rules: Rules, form: Extract<TypedForm, { kind: 'choice' }>): string {
  if (rules.kind === 'score' || rules.kind === 'budget') return t('paper.entry.needValues', { left: rules.options - (form.values?.length ?? 0) });
  return t('paper.entry.needMore', { min: rules.min });
}

/** What the typing so far reads as: options ticked, options in order with their places, or each option's score. */
function TypedItems({ form, options, rules }: { form: Extract<TypedForm, { kind: 'choice' }>; options: ConsultationDetail['options']; rules: Rules }) {
  if (form.values) {
    if (form.values.length === 0) return null;
    return (
      <ul className="pp-reading" data-testid="paper-typed-names">
        {form.values.map((value, i) => (
          <OptionItem key={i} n={i + 1} options={options} value={rules.kind === 'budget' && value === 0 ? null : value} />
        ))}
      </ul>
    );
  }
  if (form.numbers.length === 0) return null;
  return (
    <ul className={`pp-reading${rules.kind === 'ranking' ? ' pp-reading--ranked' : ''}`} data-testid="paper-typed-names">
      {form.numbers.map((n, i) => (
        <OptionItem key={`${i}-${n}`} n={n} options={options} place={rules.kind === 'ranking' ? i + 1 : undefined} />
      ))}
    </ul>
  );
}
