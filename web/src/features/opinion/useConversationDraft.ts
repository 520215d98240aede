// The new-conversation form's fields and sending them: the conversation first, then each seed statement
// (one per line) through the facilitator's seed endpoint; a refusal is kept (not its text), so switching
// language re-words it. The server checks everything again.
import { useState, type FormEvent } from 'react';
import { api } from '../../shared/api/client';
import { slugify } from '../consultations/spec';
import { paths, type Conversation, type ConversationBody } from './api';

export const seedLines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

export function useConversationDraft(spaceId: string, onCreated: (id: string) => void) {
  const [fields, setFields] = useState({ vi: '', en: '', topicVi: '', topicEn: '', maxLength: '140', perParticipant: '5', seeds: '' });
  const [slug, setSlug] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof fields) => (value: string) => setFields((f) => ({ ...f, [key]: value }));
  const address = slug ?? slugify(fields.vi);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body: ConversationBody = {
        slug: address,
        title: { vi: fields.vi, en: fields.en.trim() || null },
        topic: { vi: fields.topicVi, en: fields.topicEn.trim() || null },
        forumId: null,
        statementMaxLength: Number(fields.maxLength),
        statementsPerParticipant: Number(fields.perParticipant),
      };
      const created = await api<Conversation>(paths.list(spaceId), { method: 'POST', body });
      for (const text of seedLines(fields.seeds)) await api(paths.statements(created.id), { method: 'POST', body: { text } });
      onCreated(created.id);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return { fields, set, address, setSlug, error, busy, submit };
}
