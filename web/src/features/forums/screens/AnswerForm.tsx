// Answering an approved question: the answer's text and who gave it (the speaker's name; left empty,
// the signed-in account is named). Cleared once saved.
import { useState, type FormEvent } from 'react';
import { useT } from '../../../shared/i18n/i18n';

type Body = { text: string; answeredBy?: string };

export function AnswerForm({ onSave, busy }: { onSave: (body: Body) => Promise<boolean>; busy: boolean }) {
  const t = useT();
  const [text, setText] = useState('');
  const [by, setBy] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onSave(by.trim() ? { text, answeredBy: by.trim() } : { text })) {
      setText('');
      setBy('');
    }
  };
  return (
    <form className="mq-form" onSubmit={submit}>
      <label className="field">
        <span>{t('screens.moderate.answer')}</span>
        <textarea value={text} onChange={(e) => setText(e.target.value)} required rows={3} maxLength={5000} />
      </label>
      <label className="field">
        <span>{t('screens.moderate.answeredBy')}</span>
        <input value={by} onChange={(e) => setBy(e.target.value)} maxLength={200} />
      </label>
      <button type="submit" className="button button--primary" disabled={busy || !text.trim()}>{t('screens.moderate.saveAnswer')}</button>
    </form>
  );
}
