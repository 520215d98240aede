// Everything a results export shows, gathered once: the consultation, its count by the requested
// method (with stability when asked), a count per cluster and per stakeholder group when it has
// them (small ones withheld), and the published ballots list. The Excel, Word and open-data files
// and the public results page are views of this.
import type { Withheld } from '../../../core/consultations/withhold';
import { rankOf } from '../../../core/tally/stability';
import type { TallyResult } from '../../../core/tally/types';
import type { Consultation, Option } from '../consultation.service';
import type { Results, ResultsCache } from '../results.cache';
import type { Breakdown, StabilitySource } from '../results.service';
import type { PublishedList } from './ballot-list';

type Localized = { vi: string; en: string };
export type { Results };
export type Part = { key: string; title: Localized; result: TallyResult | Withheld };

export const isWithheld = (r: TallyResult | Withheld): r is Withheld => r.withheld === true;

export type ResultsReport = {
  consultation: Consultation;
  options: Option[];
  results: Results;
  byCluster: Part[];
  byGroup: Part[];
  list: PublishedList;
  exportedAt: Date;
};

export type ReportQuery = { method?: string; seats?: number; stability?: number };

/** Gathered through the results cache: counted and read once per change of the consultation. */
export async function resultsReport(cache: ResultsCache, c: Consultation, options: Option[], query: ReportQuery, exportedAt: Date, stability?: StabilitySource): Promise<ResultsReport> {
  // A count breaks down one way; the second count skips the stability draws.
  const first = c.clusters.length ? 'cluster' : c.groups.length ? 'group' : undefined;
  const results = await cache.get(c, options, { ...query, by: first }, stability);
  const second = first === 'cluster' && c.groups.length ? await cache.get(c, options, { ...query, stability: undefined, by: 'group' }) : undefined;
  const byGroup: Breakdown | undefined = (second ?? results).byGroup;
  const byCluster: Breakdown | undefined = results.byCluster;
  return {
    consultation: c,
    options,
    results: byGroup ? { ...results, byGroup } : results,
    byCluster: c.clusters.filter((k) => byCluster?.[k.key]).map((k) => ({ key: k.key, title: nfc(k.title), result: byCluster![k.key] })),
    byGroup: c.groups.filter((g) => byGroup?.[g.key]).map((g) => ({ key: g.key, title: nfc(g.title), result: byGroup![g.key] })),
    list: await cache.list(c, options),
    exportedAt,
  };
}

export type RankedOption = { rank: number; key: string; title: Localized; score: number | undefined };

/** What a withheld group or cluster shows instead of its figures. */
export const withheldText = (w: Withheld): Localized =>
  w.reveals
    ? { vi: `ẩn để không suy ra được nhóm dưới ${w.fewerThan} phiếu`, en: `withheld so that a group under ${w.fewerThan} ballots cannot be worked out` }
    : { vi: `ít hơn ${w.fewerThan} phiếu`, en: `fewer than ${w.fewerThan} ballots` };

/** The options in the order of the result, ties in the consultation's own order, each with its rank. */
export function rankedOptions(result: TallyResult, options: Option[]): RankedOption[] {
  const ranks = rankOf(result);
  const position = new Map(options.map((o, i) => [o.key, i]));
  return options
    .map((o) => ({ rank: ranks.get(o.key) ?? options.length, key: o.key, title: nfc(o.title), score: result.scores?.[o.key] }))
    .sort((a, b) => a.rank - b.rank || position.get(a.key)! - position.get(b.key)!);
}

export const nfc = (t: Localized): Localized => ({ vi: t.vi.normalize('NFC'), en: t.en.normalize('NFC') });

export const statusText: Record<string, Localized> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  open: { vi: 'Đang nhận phiếu', en: 'Open' },
  closed: { vi: 'Đã đóng', en: 'Closed' },
  published: { vi: 'Đã công bố', en: 'Published' },
};

export const illustrativeText: Localized = {
  vi: 'Dữ liệu minh họa: các phiếu trong cuộc tham vấn này được tạo để trình diễn, không phản ánh ý kiến thật.',
  en: 'Illustrative data: the ballots of this consultation were made up for demonstration and reflect no real opinions.',
};
