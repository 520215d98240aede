// A hand-made opinion map for the report's tests (core and Word): three groups of 12, 7 and 3 participants
// out of 25 (22 placed in groups), four statements on digital transformation and green growth (illustrative).
// The map's own votes per statement (`tally`, 20 + 20 + 20 + 1.200 = 1.260) differ from the live running counts
// of sampleInput (1.304), as they do once votes arrive after a map.
import { reportMap, type OpinionReportInput } from '../../src/core/opinion/report';
import type { StatementTally } from '../../src/core/opinion';
import type { OpinionMap } from '../../src/core/opinion/types';

const people = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const rep = (statement: string, direction: 'agree' | 'disagree', agree: number, disagree: number) => ({ statement, direction, agree, disagree, repness: 2, repnessTest: 2, probability: 0.8, probabilityTest: 2 });

export const sampleMap: OpinionMap & { tally: Record<string, StatementTally> } = {
  participants: 25,
  statements: 4,
  clustered: [...people('a', 12), ...people('b', 7), ...people('c', 3)],
  groups: [
    { id: 0, members: people('a', 12), representative: [rep('0', 'agree', 11 / 12, 0), rep('2', 'disagree', 1 / 12, 10 / 12)] },
    { id: 1, members: people('b', 7), representative: [rep('2', 'agree', 6 / 7, 1 / 7)] },
    { id: 2, members: people('c', 3), representative: [rep('3', 'agree', 1, 0)] },
  ],
  consensus: {
    agree: [{ statement: '1', direction: 'agree', share: 18 / 20, votes: 20, probability: 19 / 22, probabilityTest: 3.5 }],
    disagree: [{ statement: '3', direction: 'disagree', share: 1080 / 1200, votes: 1200, probability: 1081 / 1202, probabilityTest: 2 }],
  },
  groupInformedConsensus: { '0': 0.2, '1': 0.6, '2': 0.05, '3': 0.6 },
  pca: { center: [0, 0, 0, 0], components: [[1, 0, 0, 0], [0, 1, 0, 0]], statements: ['0', '1', '2', '3'], method: { name: 'full' } },
  projection: {},
  tally: {
    '0': { agree: 14, disagree: 4, pass: 2 },
    '1': { agree: 18, disagree: 1, pass: 1 },
    '2': { agree: 8, disagree: 11, pass: 1 },
    '3': { agree: 120, disagree: 1080, pass: 0 },
  },
  state: { inConversation: [], components: {}, smoothing: { lastK: 3, lastKCount: 1, smoothedK: 3 } },
};

export const sampleInput: OpinionReportInput = {
  heading: 'Đối thoại phát triển địa phương 2021',
  title: 'Chuyển đổi số và tăng trưởng xanh (minh họa)',
  topic: 'Tỉnh nên ưu tiên điều gì trong chuyển đổi số và tăng trưởng xanh?',
  statements: [
    { id: '0', text: 'Mọi thủ tục hành chính cấp xã nên làm được trực tuyến.', votes: { agree: 15, disagree: 4, pass: 3 } },
    { id: '1', text: 'Cần đào tạo kỹ năng số cho người cao tuổi.', votes: { agree: 20, disagree: 1, pass: 2 } },
    { id: '2', text: 'Ưu tiên ngân sách cho điện mặt trời trên mái nhà công sở.', votes: { agree: 8, disagree: 12, pass: 1 } },
    { id: '3', text: 'Nên tạm dừng số hóa cho đến khi có đủ hạ tầng.', votes: { agree: 3, disagree: 1234, pass: 0 } },
  ],
  votes: 1304,
  map: reportMap(sampleMap),
  computedAt: new Date('2026-12-04T14:40:00Z'),
  createdAt: new Date('2026-12-04T15:00:00Z'),
};
