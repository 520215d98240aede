// English strings of the decentralisation section, the same keys as devolution.vi.ts.
import type { devolutionVi } from './devolution.vi';

export const devolutionEn: Record<keyof typeof devolutionVi, string> = {
  'devolution.section.title': 'Decentralisation scenarios compared',
  'devolution.section.intro': 'Each scenario against the current assignment on five criteria (its moves’ scores summed, −2 to +2 each), aggregated by weighted sum with equal weights.',
  'devolution.section.empty': 'No scenario yet.',
  'devolution.col.alternative': 'Alternative',
  'devolution.col.score': 'Score',
  'devolution.col.rank': 'Rank',
  'devolution.col.report': 'Report',
  'devolution.criterion.subsidiarity': 'Subsidiarity',
  'devolution.criterion.scale': 'Scale',
  'devolution.criterion.spillover': 'Spill-overs',
  'devolution.criterion.capacity': 'Capacity',
  'devolution.criterion.accountability': 'Accountability',
  'devolution.report': 'Download the Word report',
  'devolution.top': 'Leading: {name}.',
};
