// The state of one activity's form on screen: the fields as typed (numbers in the user's language, "1.234,5"
// in Vietnamese), saving (POST a new activity, PUT a changed one under its old code) and removing. The server
// checks the whole inventory and who may edit; what it refuses is shown in its own words, vi or en.
import { useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import { useLang, useT } from '../../shared/i18n/i18n';
import { inputText, parseNumber } from '../plans/numbers';
import { paths, type Activity, type ActivityBody, type DevolutionSpace } from './api';

export const TEXT_FIELDS = ['code', 'sector', 'unit', 'functionCode', 'functionName', 'name', 'kind', 'legalDocument', 'legalArticle', 'level'] as const;
export const AMOUNTS = ['workload', 'staff', 'budget'] as const;
export type Field = (typeof TEXT_FIELDS)[number] | (typeof AMOUNTS)[number];
export type Draft = Record<Field, string>;

/** The form's fields for an activity, or for a new one in the first sector and the first unit the caller may edit. */
export function draftOf(a: Activity | null, space: DevolutionSpace, lang: 'vi' | 'en'): Draft {
  if (a) return { ...a, workload: inputText(a.workload, lang), staff: inputText(a.staff, lang), budget: inputText(a.budget, lang) };
  return {
    code: '', sector: space.sectors[0]?.key ?? '', unit: space.permissions.editUnits[0] ?? '', functionCode: '', functionName: '', name: '',
    kind: 'deliver', legalDocument: '', legalArticle: '', level: 'province', workload: '0', staff: '0', budget: '0',
  };
}

type Options = { spaceId: string; space: DevolutionSpace; editing: Activity | null; onDone: (message: string) => void };

export function useActivityForm({ spaceId, space, editing, onDone }: Options) {
  const t = useT();
  const { lang } = useLang();
  const [draft, setDraft] = useState<Draft>(() => draftOf(editing, space, lang));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: Field, value: string) => setDraft((d) => ({ ...d, [field]: value }));

  async function run(work: () => Promise<string>) {
    setProblem(null);
    setBusy(true);
    try {
      onDone(await work());
    } catch (e) {
      setProblem(errorMessage(e, lang, t));
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const amounts = AMOUNTS.map((f) => [f, parseNumber(draft[f], lang)] as const);
    const bad = amounts.find(([, n]) => n === null);
    if (bad) return setProblem(t('devolution.form.notNumber', { field: t(`devolution.form.${bad[0]}`), text: draft[bad[0]] }));
    const text = Object.fromEntries(TEXT_FIELDS.map((f) => [f, draft[f].normalize('NFC').trim()]));
    const body = { ...text, ...Object.fromEntries(amounts) } as ActivityBody;
    void run(async () => {
      await api(editing ? paths.activity(spaceId, editing.code) : paths.activities(spaceId), { method: editing ? 'PUT' : 'POST', body });
      return t('devolution.inventory.saved', { code: body.code });
    });
  }

  function remove() {
    if (!editing) return;
    void run(async () => {
      await api(paths.activity(spaceId, editing.code), { method: 'DELETE' });
      return t('devolution.inventory.removed', { code: editing.code });
    });
  }

  return { draft, set, submit, remove, problem, busy };
}
