// The Cần Thơ demo's priority exercise: the eight areas on the carried PCI/PAPI evidence for province 92,
// the support they drew in the demo ranking consultation, the facilitator's own scores (illustrative,
// 1–5; cost 5 = dearest) and the AHP answers of three demo officials, each consistent (CR < 0.1).
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { userByEmail } from '../accounts';
import { listConsultations } from '../consultations';
import { answerJudgments, createExercise, replaceCriteria, type Criterion } from '../priorities';
import { canTho } from './demo.facts';

const AREAS = ['economy', 'environment', 'education', 'health', 'transport-urban', 'social-protection', 'agriculture', 'admin-reform'];
const scores = (list: number[]) => Object.fromEntries(AREAS.map((k, i) => [k, list[i]]));

export const demoCriteria: Criterion[] = [
  { key: 'evidence-gap', title: { vi: 'Khoảng cách bằng chứng', en: 'Evidence gap' }, kind: 'evidence-gap', direction: 'benefit' },
  { key: 'stakeholder-support', title: { vi: 'Mức ủng hộ của các bên', en: 'Stakeholder support' }, kind: 'stakeholder-support', direction: 'benefit', group: null },
  // riverbank erosion and urban flooding make the environment the most urgent, as the city's leaders said
  { key: 'urgency', title: { vi: 'Tính cấp bách', en: 'Urgency' }, kind: 'custom', direction: 'benefit', values: scores([4, 5, 3, 3, 4, 3, 4, 3]) },
  { key: 'feasibility', title: { vi: 'Tính khả thi', en: 'Feasibility' }, kind: 'custom', direction: 'benefit', values: scores([3, 3, 4, 4, 2, 4, 4, 5]) },
  { key: 'cost', title: { vi: 'Chi phí', en: 'Cost' }, kind: 'custom', direction: 'cost', values: scores([4, 4, 3, 3, 5, 2, 3, 1]) },
  // high-tech agriculture and OCOP products; e-government in administrative reform
  { key: 'breakthrough', title: { vi: 'Tiềm năng đột phá', en: 'Breakthrough potential' }, kind: 'custom', direction: 'benefit', values: scores([5, 4, 3, 2, 4, 2, 5, 4]) },
];

/** Each official's pairwise answers ("a>b": how many times a matters more than b). */
export const demoJudgments: Record<string, Record<string, number>> = {
  // Department of Finance: evidence and what people said first, then urgency
  'daumoi@cantho.demo': {
    'evidence-gap>stakeholder-support': 1, 'evidence-gap>urgency': 1, 'evidence-gap>feasibility': 3, 'evidence-gap>cost': 3, 'evidence-gap>breakthrough': 3,
    'stakeholder-support>urgency': 1, 'stakeholder-support>feasibility': 3, 'stakeholder-support>cost': 3, 'stakeholder-support>breakthrough': 3,
    'urgency>feasibility': 2, 'urgency>cost': 2, 'urgency>breakthrough': 2, 'feasibility>cost': 1, 'feasibility>breakthrough': 1, 'cost>breakthrough': 1,
  },
  // Department of Natural Resources and Environment: urgency and breakthrough, cost matters little
  'sotnmt@cantho.demo': {
    'evidence-gap>stakeholder-support': 1, 'evidence-gap>urgency': 1, 'evidence-gap>feasibility': 2, 'evidence-gap>cost': 4, 'evidence-gap>breakthrough': 1,
    'stakeholder-support>urgency': 1 / 2, 'stakeholder-support>feasibility': 1, 'stakeholder-support>cost': 3, 'stakeholder-support>breakthrough': 1,
    'urgency>feasibility': 3, 'urgency>cost': 6, 'urgency>breakthrough': 1, 'feasibility>cost': 2, 'feasibility>breakthrough': 1 / 2, 'cost>breakthrough': 1 / 4,
  },
  // Department of Construction: what can be built, and at what cost
  'soxaydung@cantho.demo': {
    'evidence-gap>stakeholder-support': 1, 'evidence-gap>urgency': 1, 'evidence-gap>feasibility': 1 / 2, 'evidence-gap>cost': 1, 'evidence-gap>breakthrough': 1,
    'stakeholder-support>urgency': 1, 'stakeholder-support>feasibility': 1, 'stakeholder-support>cost': 1, 'stakeholder-support>breakthrough': 2,
    'urgency>feasibility': 1 / 2, 'urgency>cost': 1, 'urgency>breakthrough': 1, 'feasibility>cost': 2, 'feasibility>breakthrough': 3, 'cost>breakthrough': 1,
  },
};

export async function loadDemoPriorities(tx: Db, loader: Actor, spaceId: string, now: Date): Promise<void> {
  const ranking = (await listConsultations(tx, spaceId)).find((c) => c.ballot.type === 'ranking');
  const exercise = await createExercise(
    tx,
    loader,
    spaceId,
    { title: { vi: 'Xếp thứ tự tám lĩnh vực ưu tiên của Cần Thơ năm 2024', en: "Ranking Cần Thơ's eight priority areas, 2024" }, localityCode: canTho.code, year: 2024, consultationId: ranking?.id ?? null },
    now,
  );
  const withCriteria = await replaceCriteria(tx, loader, exercise, { criteria: demoCriteria }, now);
  for (const [email, judgments] of Object.entries(demoJudgments)) {
    const user = await userByEmail(tx, email);
    if (!user) continue;
    await answerJudgments(tx, { ...loader, userId: user.id, label: `${user.name} (demo loader)` }, withCriteria, judgments, now);
  }
}
