// The offer-or-need form's state: filled from the one being edited, or empty with the caller's first
// locality; read into the API's body (blank dates and evidence left out), sent as POST or PUT.
import { useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import { useLang, useT } from '../../shared/i18n/i18n';
import { INTENT_KINDS, type IntentKind } from '../../../../src/core/linkage/sectors';
import { paths, type Intent, type IntentBody } from './api';
import type { RegionView } from './RegionShell';

export type IntentFields = {
  direction: 'offer' | 'need';
  localityId: string;
  sector: string;
  kind: IntentKind;
  vi: string;
  en: string;
  size: string;
  startsOn: string;
  endsOn: string;
  index: '' | 'PCI' | 'PAPI' | 'PGI';
  indicator: string;
  year: string;
};

function initial(region: RegionView, editing: Intent | null): IntentFields {
  if (!editing) return { direction: 'offer', localityId: region.permissions.editFor[0] ?? '', sector: region.sectors[0]?.key ?? '', kind: INTENT_KINDS[0], vi: '', en: '', size: '3', startsOn: '', endsOn: '', index: '', indicator: '', year: '' };
  const e = editing.evidence;
  return {
    direction: editing.direction,
    localityId: editing.locality.id,
    sector: editing.sector,
    kind: editing.kind,
    vi: editing.text.vi,
    en: editing.text.en ?? '',
    size: String(editing.size),
    startsOn: editing.startsOn ?? '',
    endsOn: editing.endsOn ?? '',
    index: (e?.index as IntentFields['index']) ?? '',
    indicator: e?.indicator ?? '',
    year: e?.year ? String(e.year) : '',
  };
}

const bodyOf = (f: IntentFields): IntentBody => ({
  direction: f.direction,
  localityId: f.localityId,
  sector: f.sector,
  kind: f.kind,
  text: { vi: f.vi.trim().normalize('NFC'), en: f.en.trim() ? f.en.trim().normalize('NFC') : null },
  size: Number(f.size),
  startsOn: f.startsOn || null,
  endsOn: f.endsOn || null,
  evidence: f.index ? { index: f.index, indicator: f.indicator.trim() || 'score', year: f.year ? Number(f.year) : null } : null,
});

export function useIntentForm(region: RegionView, editing: Intent | null, onDone: () => void) {
  const t = useT();
  const { lang } = useLang();
  const [fields, setFields] = useState(() => initial(region, editing));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof IntentFields>(key: K, value: IntentFields[K]) => setFields((f) => ({ ...f, [key]: value }));
  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!fields.vi.trim()) return setProblem(t('linkage.intentForm.needText'));
    setBusy(true);
    try {
      const path = editing ? paths.intent(region.spaceId, editing.id) : paths.intents(region.spaceId);
      await api(path, { method: editing ? 'PUT' : 'POST', body: bodyOf(fields) });
      if (!editing) setFields((f) => ({ ...f, vi: '', en: '' }));
      onDone();
    } catch (e) {
      setProblem(errorMessage(e, lang, t));
    } finally {
      setBusy(false);
    }
  }
  return { fields, set, problem, busy, submit };
}
