// The demo's two consultations, with generated (illustrative, seeded) ballots: the association's
// delegates picking 2–3 of eight recommendations in three cluster conferences, and Cần Thơ's four
// stakeholder groups ranking the eight priority areas. Options' texts are illustrative too.
import { createRandom, type Random } from '../../core/random';
import type { StoredChoice } from '../../core/consultations/spec';
import { acvn } from './demo.facts';
import { PRIORITY_AREAS } from '../../core/priority-areas';

type L = { vi: string; en: string };

export const recommendations: (L & { key: string })[] = [
  { key: 'phan-cap', vi: 'Phân cấp, ủy quyền mạnh hơn cho chính quyền đô thị về quy hoạch và đầu tư', en: 'More decentralisation to city governments for planning and investment' },
  { key: 'mot-cua', vi: 'Thủ tục hành chính một cửa liên thông trực tuyến cho doanh nghiệp', en: 'Online one-stop administrative procedures for businesses' },
  { key: 'nang-luc', vi: 'Nâng cao năng lực cán bộ xúc tiến đầu tư và phát triển kinh tế địa phương', en: 'Capacity of investment-promotion and local economic development staff' },
  { key: 'minh-bach', vi: 'Công khai, minh bạch thông tin quy hoạch và đất đai', en: 'Open, transparent planning and land information' },
  { key: 'doi-thoai', vi: 'Đối thoại định kỳ giữa chính quyền và doanh nghiệp', en: 'Regular dialogue between government and businesses' },
  { key: 'ppp', vi: 'Huy động nguồn lực xã hội, hợp tác công tư cho hạ tầng đô thị', en: 'Private and public–private finance for urban infrastructure' },
  { key: 'lien-ket', vi: 'Liên kết các đô thị trong cụm về du lịch và thương mại', en: 'Linkage among the cluster’s cities on tourism and trade' },
  { key: 'dnnvv', vi: 'Hỗ trợ doanh nghiệp nhỏ và vừa tiếp cận vốn, mặt bằng', en: 'Small and medium firms’ access to finance and premises' },
];

/** Delegates per cluster conference and how strongly each cluster leans to each recommendation. */
const clusterLeanings: Record<string, { delegates: number; appeal: number[] }> = {
  'dong-bac': { delegates: 46, appeal: [5, 4, 3, 2, 2, 3, 2, 4] },
  'tay-bac': { delegates: 38, appeal: [4, 3, 5, 2, 1, 2, 4, 2] },
  'tay-nam-bo': { delegates: 52, appeal: [3, 4, 2, 4, 3, 2, 5, 3] },
};

export const stakeholderGroups = [
  { key: 'so-nganh', title: { vi: 'Sở, ngành', en: 'Departments' }, weight: 0.3, ballots: 14, appeal: [6, 5, 3, 3, 5, 2, 4, 4] },
  { key: 'xa-phuong', title: { vi: 'Xã, phường', en: 'Communes and wards' }, weight: 0.2, ballots: 32, appeal: [4, 5, 4, 4, 5, 4, 5, 3] },
  { key: 'nguoi-dan', title: { vi: 'Người dân', en: 'Citizens' }, weight: 0.3, ballots: 160, appeal: [3, 6, 4, 6, 4, 5, 3, 2] },
  { key: 'doanh-nghiep', title: { vi: 'Doanh nghiệp', en: 'Businesses' }, weight: 0.2, ballots: 41, appeal: [6, 3, 2, 2, 6, 2, 3, 6] },
];

/** Draws k distinct indices, each with probability proportional to its appeal among those left. */
function drawOrdered(random: Random, appeal: number[], k: number): number[] {
  const left = appeal.map((a, i) => ({ a, i }));
  const picked: number[] = [];
  while (picked.length < k && left.length) {
    let r = random.next() * left.reduce((s, x) => s + x.a, 0);
    const j = Math.max(0, left.findIndex((x) => (r -= x.a) < 0));
    picked.push(left[j].i);
    left.splice(j, 1);
  }
  return picked;
}

export function clusterConferenceBallots(seed = 2017): { cluster: string; choice: StoredChoice }[] {
  const random = createRandom(seed);
  return acvn.clusters.flatMap(({ key }) => {
    const { delegates, appeal } = clusterLeanings[key];
    return Array.from({ length: delegates }, () => ({ cluster: key, choice: { approve: drawOrdered(random, appeal, 2 + random.int(2)).map((i) => recommendations[i].key) } }));
  });
}

export function priorityRankingBallots(seed = 2024): { group: string; choice: StoredChoice }[] {
  const random = createRandom(seed);
  return stakeholderGroups.flatMap((g) =>
    Array.from({ length: g.ballots }, () => {
      // Most people rank their top four or five and leave the rest unranked.
      const order = drawOrdered(random, g.appeal, 4 + random.int(5));
      return { group: g.key, choice: { ranking: order.map((i) => [PRIORITY_AREAS[i].key]) } };
    }),
  );
}
