// A new conversation: its title and question (Vietnamese, English optional), the public address, the limits
// (longest statement, statements per participant) and the seed statements, one per line.
import { errorMessage } from '../../shared/api/client';
import { useLang, useT } from '../../shared/i18n/i18n';
import { useConversationDraft } from './useConversationDraft';

type Field = { id: string; key: 'vi' | 'en' | 'topicVi' | 'topicEn'; label: 'opinion.create.titleVi' | 'opinion.create.titleEn' | 'opinion.create.topicVi' | 'opinion.create.topicEn'; required: boolean };
const TEXTS: Field[] = [
  { id: 'op-title-vi', key: 'vi', label: 'opinion.create.titleVi', required: true },
  { id: 'op-title-en', key: 'en', label: 'opinion.create.titleEn', required: false },
  { id: 'op-topic-vi', key: 'topicVi', label: 'opinion.create.topicVi', required: true },
  { id: 'op-topic-en', key: 'topicEn', label: 'opinion.create.topicEn', required: false },
];

export function ConversationCreateForm({ spaceId, onCreated, onCancel }: { spaceId: string; onCreated: (id: string) => void; onCancel: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { fields, set, address, setSlug, error, busy, submit } = useConversationDraft(spaceId, onCreated);
  return (
    <form className="form op-create" onSubmit={submit} data-testid="conversation-create">
      {TEXTS.map((f) => (
        <div className="field" key={f.id}>
          <label htmlFor={f.id}>{t(f.label)}</label>
          <input id={f.id} value={fields[f.key]} onChange={(e) => set(f.key)(e.target.value)} required={f.required} maxLength={500} data-testid={f.id} />
        </div>
      ))}
      <div className="field">
        <label htmlFor="op-slug">{t('opinion.create.slug')}</label>
        <input id="op-slug" value={address} onChange={(e) => setSlug(e.target.value)} required data-testid="op-slug" />
      </div>
      <div className="op-create__row">
        <div className="field">
          <label htmlFor="op-max">{t('opinion.create.maxLength')}</label>
          <input id="op-max" type="number" min={20} max={1000} value={fields.maxLength} onChange={(e) => set('maxLength')(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="op-per">{t('opinion.create.perParticipant')}</label>
          <input id="op-per" type="number" min={0} max={100} value={fields.perParticipant} onChange={(e) => set('perParticipant')(e.target.value)} required />
        </div>
      </div>
      <div className="field">
        <label htmlFor="op-seeds">{t('opinion.create.seeds')}</label>
        <textarea id="op-seeds" rows={5} value={fields.seeds} onChange={(e) => set('seeds')(e.target.value)} data-testid="op-seeds" />
        <p className="muted">{t('opinion.create.seedsHint')}</p>
      </div>
      {error != null && (
        <p className="form__error" role="alert" data-testid="conversation-create-error">
          {errorMessage(error, lang, t)}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="conversation-create-submit">
          {t('opinion.create.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('opinion.create.cancel')}
        </button>
      </div>
    </form>
  );
}
