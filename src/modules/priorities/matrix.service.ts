// The performance table of an exercise: one row per alternative, one column per criterion, each column
// with where its numbers come from. Evidence gap = the evidence hub's need score per priority area;
// stakeholder support = the linked consultation's results; custom = what the facilitator entered.
import type { UnitSet } from '../../core/localities/types';
import { locality } from '../../core/localities/units';
import type { Db } from '../../db/connection';
import { formatPercent } from '../../core/format';
import { consultationResults, findConsultation } from '../consultations';
import { priorityEvidence } from '../indicators';
import type { Exercise } from './priority.service';
import type { Alternative, Criterion, CriterionKind, Text } from './priority.types';

type EvidenceItem = { index: string; key: string; year: number; value: number; percentile: number; vi: string; en: string; weight?: number; direct?: boolean };
type Coverage = { figures: number; direct: number; governance: number; unavailable: number; latestYear: number | null; oldestYear: number | null; basis: 'direct' | 'mixed' | 'governance-only' | 'none'; directShare: number | null };
export type Source = {
  criterion: string;
  kind: CriterionKind;
  description: Text;
  evidence?: Record<string, EvidenceItem[]>;
  /** Evidence gap: per area, how many figures feed it, how recent, and whether it rests on a governance proxy alone. */
  coverage?: Record<string, Coverage>;
  consultation?: { id: string; title: Text; method: string; ballots: number; group: string | null };
  /** Why some values are missing (not sent; used in the "not ready" sentence). */
  missing?: Text;
};
export type Matrix = { alternatives: Alternative[]; criteria: Criterion[]; values: (number | null)[][]; sources: Source[] };
type Column = { values: Record<string, number | null>; source: Omit<Source, 'criterion' | 'kind'> };

/**
 * Which list of provinces the evidence is read on: the 63 for years before the July 2025 merger (and for
 * "latest", as the carried editions are on the 63), the 34 afterwards or when the code is only there.
 */
export function evidenceUnit(code: string, year: number | null): UnitSet {
  const on63 = locality(63, code) !== undefined;
  if (on63 && (year === null || year <= 2024)) return 63;
  return locality(34, code) ? 34 : 63;
}

export async function buildMatrix(db: Db, exercise: Exercise): Promise<Matrix> {
  const cache: { evidence?: Promise<Column>; support: Map<string, Promise<Column>> } = { support: new Map() };
  const columns: Column[] = [];
  for (const c of exercise.criteria) {
    if (c.kind === 'evidence-gap') columns.push(await (cache.evidence ??= evidenceColumn(db, exercise)));
    else if (c.kind === 'stakeholder-support') {
      const group = c.group ?? null;
      const key = group ?? '';
      if (!cache.support.has(key)) cache.support.set(key, supportColumn(db, exercise, group));
      columns.push(await cache.support.get(key)!);
    } else columns.push(customColumn(c));
  }
  return {
    alternatives: exercise.alternatives,
    criteria: exercise.criteria,
    values: exercise.alternatives.map((a) => columns.map((col) => col.values[a.key] ?? null)),
    sources: exercise.criteria.map((c, i) => ({ criterion: c.key, kind: c.kind, ...columns[i].source })),
  };
}

function customColumn(c: Criterion): Column {
  return {
    values: c.values ?? {},
    source: {
      description: {
        vi: `Giá trị do người điều phối nhập (${c.direction === 'cost' ? 'càng thấp càng ưu tiên' : 'càng cao càng ưu tiên'}).`,
        en: `Values entered by the facilitator (${c.direction === 'cost' ? 'lower is better' : 'higher is better'}).`,
      },
    },
  };
}

async function evidenceColumn(db: Db, exercise: Exercise): Promise<Column> {
  const unit = evidenceUnit(exercise.localityCode, exercise.year);
  const found = await priorityEvidence(db, exercise.localityCode, unit, exercise.year ?? undefined);
  const editions = [...new Set(found.areas.flatMap((a) => a.used.map((u) => `${u.index} ${u.year}`)))].sort();
  const place = `${found.locality.name} (${unit} tỉnh, thành)`;
  const placeEn = `${found.locality.nameEn} (${unit}-province list)`;
  const from = editions.length ? editions.join(', ') : 'không có kỳ chỉ số nào';
  const fromEn = editions.length ? editions.join(', ') : 'no edition';
  const upTo = exercise.year ?? found.year;
  return {
    values: Object.fromEntries(found.areas.map((a) => [a.area, a.need])),
    source: {
      description: {
        vi: `Điểm nhu cầu 0–100 từ ${from} cho ${place}: ${found.method.vi}`,
        en: `Need score 0–100 from ${fromEn} for ${placeEn}: ${found.method.en}`,
      },
      evidence: Object.fromEntries(
        found.areas.map((a) => [a.area, a.used.map((u) => ({ index: u.index, key: u.key, year: u.year, value: u.value, percentile: u.percentile, vi: u.vi, en: u.en, weight: u.weight, direct: u.direct }))]),
      ),
      coverage: Object.fromEntries(found.areas.map((a) => [a.area, a.coverage])),
      missing: {
        vi: `không có số liệu chỉ số nào gắn với lĩnh vực này cho ${found.locality.name}${upTo ? ` đến năm ${upTo}` : ''}`,
        en: `no index figure mapped to the area exists for ${found.locality.nameEn}${upTo ? ` up to ${upTo}` : ''}`,
      },
    },
  };
}

const METHOD_TEXT: Record<string, (n: number) => Text> = {
  schulze: (n) => ({
    vi: `số phương án khác mà phương án này thắng theo đường mạnh nhất của phương pháp Schulze (0–${n - 1})`,
    en: `the number of other options it beats on Schulze's strongest paths (0–${n - 1})`,
  }),
  approval: () => ({ vi: 'số phiếu chọn phương án', en: 'the number of ballots approving the option' }),
  score: () => ({ vi: 'điểm trung bình các phiếu chấm cho phương án', en: "the mean of the ballots' scores for the option" }),
  'bradley-terry': () => ({ vi: 'sức mạnh Bradley–Terry (lôgarit, trung bình bằng 0)', en: 'the Bradley–Terry log-strength (mean 0)' }),
};

async function supportColumn(db: Db, exercise: Exercise, group: string | null): Promise<Column> {
  const noConsultation: Column = {
    values: {},
    source: {
      description: { vi: 'Chưa liên kết cuộc tham vấn nào.', en: 'No consultation is linked.' },
      missing: { vi: 'bài toán chưa liên kết cuộc tham vấn nào', en: 'no consultation is linked to the exercise' },
    },
  };
  if (!exercise.consultationId) return noConsultation;
  const found = await findConsultation(db, exercise.consultationId).catch(() => null);
  if (!found) return noConsultation;
  const { consultation: c, options } = found;
  const groupInfo = group ? c.groups.find((g) => g.key === group) : undefined;
  let result;
  try {
    result = await consultationResults(db, c, options, group ? { by: 'group' } : {});
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { values: {}, source: { description: { vi: `Không tính được kết quả tham vấn: ${why}`, en: `The consultation results cannot be counted: ${why}` }, missing: { vi: 'không tính được kết quả cuộc tham vấn', en: 'the consultation results cannot be counted' } } };
  }
  // A group under the consultation's minimum size is withheld: its support is unknown here, as everywhere.
  const raw = group ? result.byGroup?.[group] : result;
  const part = raw && !('withheld' in raw) ? raw : { ...result, voters: 0, scores: {} };
  const ballots = part.voters;
  const what = (METHOD_TEXT[result.method] ?? (() => ({ vi: `điểm theo phương pháp ${result.method}`, en: `the ${result.method} score` })))(options.length);
  const weighted = c.groups.filter((g) => g.weight !== undefined);
  const total = weighted.reduce((s, g) => s + g.weight!, 0);
  const whose: Text = groupInfo
    ? { vi: `; chỉ tính phiếu của nhóm “${groupInfo.title.vi}”`, en: `; ballots of the group “${groupInfo.title.en}” only` }
    : weighted.length
      ? {
          vi: `; mỗi nhóm chiếm tỷ trọng cố định: ${weighted.map((g) => `${g.title.vi} ${formatPercent(g.weight! / total, 'vi')}`).join(', ')}`,
          en: `; each group counts with a fixed weight: ${weighted.map((g) => `${g.title.en} ${Math.round((1000 * g.weight!) / total) / 10}%`).join(', ')}`,
        }
      : { vi: '; mọi phiếu tính như nhau', en: '; every ballot counts the same' };
  const values = ballots > 0 ? Object.fromEntries(exercise.alternatives.map((a) => [a.key, part.scores?.[a.key] ?? null])) : {};
  return {
    values,
    source: {
      description: {
        vi: `Mức ủng hộ trong cuộc tham vấn “${c.title.vi}”: ${what.vi}, tính từ ${ballots} phiếu${whose.vi}.`,
        en: `Support in the consultation “${c.title.en}”: ${what.en}, from ${ballots} ballots${whose.en}.`,
      },
      consultation: { id: c.id, title: c.title, method: result.method, ballots, group },
      missing:
        ballots > 0
          ? { vi: 'cuộc tham vấn không có phương án cùng mã với phương án này', en: 'the consultation has no option with the same key' }
          : { vi: `cuộc tham vấn “${c.title.vi}” chưa có phiếu nào${groupInfo ? ` của nhóm “${groupInfo.title.vi}”` : ''}`, en: `the consultation “${c.title.en}” has no ballots${groupInfo ? ` from the group “${groupInfo.title.en}”` : ''} yet` },
    },
  };
}
