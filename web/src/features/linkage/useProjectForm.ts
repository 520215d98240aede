// The new-project form's state and sending (coordinators): name, the member localities it spans (two or
// more), sector, total cost in billion đồng, the share of it asked from the central budget, status, steering
// body and the agreement it carries out. Each locality's cost share is set afterwards on its line.
import { useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../shared/api/client';
import { useLang, useT } from '../../shared/i18n/i18n';
import { parseNumber } from '../plans/numbers';
import { paths, type Project, type ProjectBody } from './api';
import type { RegionView } from './RegionShell';

const empty = (region: RegionView) => ({ vi: '', localities: [] as string[], sector: region.sectors[0]?.key ?? '', cost: '', requested: '', status: 'proposed' as Project['status'], steering: '', agreementId: '' });

export function useProjectForm(region: RegionView, onAdded: () => void) {
  const t = useT();
  const { lang } = useLang();
  const [f, setF] = useState(() => empty(region));
  const [problem, setProblem] = useState<string | null>(null);
  const toggle = (id: string) => setF({ ...f, localities: f.localities.includes(id) ? f.localities.filter((x) => x !== id) : [...f.localities, id] });
  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const cost = parseNumber(f.cost, lang);
    const requested = f.requested.trim() ? parseNumber(f.requested, lang) : 0;
    if (!f.vi.trim() || !f.steering.trim()) return setProblem(t('linkage.projectForm.needText'));
    if (cost === null || cost < 0) return setProblem(t('linkage.projectForm.badCost'));
    if (requested === null || requested < 0 || requested > 100) return setProblem(t('linkage.projects.badShare'));
    const body: ProjectBody = {
      name: { vi: f.vi.trim().normalize('NFC'), en: null },
      localities: f.localities,
      sector: f.sector,
      totalCost: cost,
      costShares: {},
      centralRequested: requested,
      centralGranted: null,
      status: f.status,
      steering: { vi: f.steering.trim().normalize('NFC'), en: null },
      agreementId: f.agreementId || null,
    };
    try {
      await api(paths.projects(region.spaceId), { method: 'POST', body });
      setF(empty(region));
      onAdded();
    } catch (e) {
      setProblem(errorMessage(e, lang, t));
    }
  }
  return { f, setF, toggle, problem, submit };
}
