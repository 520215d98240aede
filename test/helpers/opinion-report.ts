// A hand-made opinion map for the report's tests (core and Word): three groups of 12, 7 and 3 participants
// out of 25 (22 placed in groups), four statements on digital transformation and green growth (illustrative).
import { reportMap, type OpinionReportInput } from '../../src/core/opinion/report';
import type { OpinionMap } from '../../src/core/opinion/types';

const people = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const rep = (statement: string, direction: 'agree' | 'disagree', agree: number) => ({ statement, direction, agree, repness: 2, repnessTest: 2, probability: 0.8, probabilityTest: 2 });

export const sampleMap: OpinionMap = {
  participants: 25,
  statements: 4,
  clustered: [...people('a', 12), ...people('b', 7), ...people('c', 3)],
  groups: [
    { id: 0, members: people('a', 12), representative: [rep('0', 'agree', 11 / 12), rep('2', 'disagree', 1 / 12)] },
    { id: 1, members: people('b', 7), representative: [rep('2', 'agree', 6 / 7)] },
    { id: 2, members: people('c', 3), representative: [rep('3', 'agree', 1)] },
  ],
  consensus: {
    agree: [{ statement: '1', direction: 'agree', probability: 0.875, probabilityTest: 3.5 }],
    disagree: [{ statement: '3', direction: 'disagree', probability: 0.75, probabilityTest: 2 }],
  },
  groupInformedConsensus: { '0': 0.2, '1': 0.6, '2': 0.05, '3': 0.6 },
  pca: { center: [0, 0, 0, 0], components: [[1, 0, 0, 0], [0, 1, 0, 0]], statements: ['0', '1', '2', '3'], method: { name: 'full' } },
  projection: {},
  state: { inConversation: [], components: {}, baseCenters: [], smoothing: { lastK: 3, lastKCount: 1, smoothedK: 3 } },
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
