// Typing in a batch, keyboard only: one box for the current form, what is on it typed in (the
// ticked numbers, the numbers in order of preference, or one score per option), Enter to the next form, ↑/↓ or Backspace in an empty box to go back. A form that breaks the
// ballot's rules is flagged at once, while the paper is still in hand. Saving sends the whole entry.
import { useEffect, useState } from 'react';
import { api } from '../../../shared/api/client';
import type { ConsultationDetail } from '../api';
import { ErrorNote } from '../../../shared/layout/Status';
import { useT } from '../../../shared/i18n/i18n';
import { EntrySide } from './EntrySide';
import { digitsRunTogether, paperFormOf, rulesOf, type Rules } from './forms';
import { FormTiles } from './FormTiles';
import { batchPath, type PaperBatch, type PaperEntry } from './paper.api';
import { loadDraft, saveDraft } from './paper.local';
import { TypedFeedback } from './TypedFeedback';
import { useFormTyping, type FormTyping } from './useFormTyping';
import { WhichEntry } from './WhichEntry';

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
  if (mine) return mine.entry === 2 ? 2 : 1;
  return entries.some((e) => e.entry === 1) ? 2 : 1;
}

const listed = (forms: number[]) => forms.slice(0, 10).map((i) => i + 1).join(', ') + (forms.length > 10 ? '…' : '');

// Saving sends every form of the entry; a form not finished sends the clerk back to it instead.
function useSaveEntry({ detail, batch, me, onSaved }: Props, entry: 1 | 2, rules: Rules, typing: FormTyping) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    if (typing.unfinished.length) {
      typing.toUnfinished();
      typing.box.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const forms = typing.parsed.map((form) => paperFormOf(form, detail.options, rules));
      await api<void>(`${batchPath(detail.id, batch.key)}/entries/${entry}`, { method: 'PUT', body: { forms } });
      saveDraft(detail.id, batch.key, me, null);
      onSaved(entry, batch.forms);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  return { busy, error, save };
}

export function EntryPanel(props: Props) {
  const { detail, batch, entries, me, onCancel } = props;
  const t = useT();
  const options = detail.options;
  const rules = rulesOf(detail.ballot, options.length);
  const [restored] = useState(() => loadDraft(detail.id, batch.key, me, batch.forms));
  const typing = useFormTyping(batch.forms, rules, restored);
  const { texts, at, insist, parsed, box } = typing;
  const [entry, setEntry] = useState<1 | 2>(() => defaultEntry(entries, me));
  const saving = useSaveEntry(props, entry, rules, typing);

  useEffect(() => {
    saveDraft(detail.id, batch.key, me, texts);
  }, [detail.id, batch.key, me, texts]);

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
      <WhichEntry entries={entries} entry={entry} me={me} onChange={setEntry} />
      {restored && <p className="muted">{t('paper.entry.draftRestored')}</p>}

      <div className="pp-entry__grid">
        <div className="pp-entry__main">
          <TypingBox typing={typing} rules={rules} count={batch.forms} flagged={flagged} />
          <TypedFeedback current={current} n={at + 1} insist={insist} flagged={flagged} options={options} rules={rules} />

          <SaveBlock typing={typing} count={batch.forms} entry={entry} saving={saving} />
        </div>

        <EntrySide options={options} rules={rules} />
      </div>

      <FormTiles
        parsed={parsed}
        at={at}
        onPick={(i) => {
          typing.go(i);
          box.current?.focus();
        }}
      />
    </section>
  );
}

/** The form in hand: its number out of the batch and the one box it is typed in. */
function TypingBox({ typing, rules, count, flagged }: { typing: FormTyping; rules: Rules; count: number; flagged: boolean }) {
  const t = useT();
  const { at, texts, insist } = typing;
  return (
    <>
      <p className="pp-current" aria-hidden="true" data-testid="paper-current">
        <span className="pp-current__word">{t('paper.entry.form')}</span> <span className="pp-current__n">{at + 1}</span>
        <span className="pp-current__total">/{count}</span>
      </p>
      <label htmlFor="paper-typed" className="pp-typed-label">
        <span className="visually-hidden">{t('paper.entry.formOf', { n: at + 1, total: count })} </span>
        {t(`paper.entry.inputLabel.${rules.kind}`)}
      </label>
      <input
        id="paper-typed"
        ref={typing.box}
        className="pp-typed"
        data-testid="paper-typed"
        value={texts[at]}
        onChange={(e) => typing.type(e.target.value)}
        onKeyDown={typing.onKeyDown}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        inputMode={digitsRunTogether(rules) ? 'numeric' : 'text'}
        aria-invalid={flagged || (insist && typing.parsed[at].kind === 'empty') || undefined}
        aria-describedby="paper-feedback paper-keys"
      />
    </>
  );
}

interface SaveProps {
  typing: FormTyping;
  count: number;
  entry: 1 | 2;
  saving: ReturnType<typeof useSaveEntry>;
}

/** How many forms are finished, the save button and what Enter on the last form found. */
function SaveBlock({ typing, count, entry, saving: { busy, error, save } }: SaveProps) {
  const t = useT();
  const done = count - typing.unfinished.length;
  const note = typing.note;
  return (
    <>
      <div className="pp-progress">
        <progress max={count} value={done} aria-hidden="true" />
        <span data-testid="paper-progress">{t('paper.entry.progress', { done, total: count })}</span>
      </div>
      <div className="button-row">
        <button ref={typing.saveButton} type="button" className="button button--primary" data-testid="paper-save" disabled={busy} onClick={save}>
          {busy ? t('paper.entry.saving') : t('paper.entry.save', { n: entry })}
        </button>
      </div>
      <p role="status" className={note?.kind === 'unfinished' ? 'field__error' : 'muted'} data-testid="paper-note">
        {note?.kind === 'allTyped' && t('paper.entry.allTyped', { total: count, n: entry })}
        {note?.kind === 'unfinished' && t('paper.entry.unfinished', { forms: listed(note.forms) })}
      </p>
      {error != null && <ErrorNote error={error} />}
    </>
  );
}
