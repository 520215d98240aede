// The commitment form's state and sending: party among those the caller acts for, a sector of the
// agreement, dates inside its period (from today, or its start if later, to its end), and the cost shares
// typed per party and for the central budget (blank = none), checked to be 0–100 and together ≤ 100 before
// the server checks them again.
import { useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import { useLang, useT } from '../../shared/i18n/i18n';
import { formatNumber } from '../../shared/format';
import { parseNumber } from '../plans/numbers';
import { paths, today, type Agreement, type CommitmentBody, type Locality } from './api';

const fresh = (a: Agreement, parties: Locality[]) => {
  const day = today();
  return { party: parties[0].id, sector: a.sectors[0], vi: '', en: '', startsOn: day > a.startsOn && day <= a.endsOn ? day : a.startsOn, dueOn: a.endsOn, shares: {} as Record<string, string> };
};

export function useCommitmentForm(spaceId: string, agreement: Agreement, parties: Locality[], onAdded: () => void) {
  const t = useT();
  const { lang } = useLang();
  const [f, setF] = useState(() => fresh(agreement, parties));
  const [problem, setProblem] = useState<string | null>(null);
  const shareName = (key: string) => (key === 'central' ? t('linkage.commitment.central') : agreement.parties.find((p) => p.id === key)?.name ?? key);
  function readShares(): Record<string, number> | string {
    const out: Record<string, number> = {};
    for (const [key, text] of Object.entries(f.shares)) {
      if (!text.trim()) continue;
      const v = parseNumber(text, lang);
      if (v === null || v < 0 || v > 100) return t('linkage.commitmentForm.badShare', { name: shareName(key) });
      out[key] = v;
    }
    const total = Object.values(out).reduce((s, x) => s + x, 0);
    return total > 100 ? t('linkage.commitmentForm.over', { total: formatNumber(total, lang, 2) }) : out;
  }
  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!f.vi.trim()) return setProblem(t('linkage.commitmentForm.needWhat'));
    const shares = readShares();
    if (typeof shares === 'string') return setProblem(shares);
    const body: CommitmentBody = { party: f.party, sector: f.sector, what: { vi: f.vi.trim().normalize('NFC'), en: f.en.trim() || null }, startsOn: f.startsOn, dueOn: f.dueOn, budgetShares: shares };
    try {
      await api(paths.commitments(spaceId, agreement.id), { method: 'POST', body });
      setF(fresh(agreement, parties));
      onAdded();
    } catch (e) {
      setProblem(errorMessage(e, lang, t));
    }
  }
  return { f, setF, problem, submit, shareName };
}
