// A conversation's report as a document model (the shape core/forums' minutes use, so the shared Word layout
// writes it: src/reports/opinion-report.docx.ts): the figures, each opinion group's size and representative
// statements with the group's agree share, consensus, group-informed consensus, every statement's votes, and
// what the map means and how it was computed, in plain words. Groups smaller than the house's minimum are
// withheld as consultations' small groups are (core/consultations/withhold: a group that would let a small
// one be worked out too). Vietnamese or English; figures and dates the Vietnamese way (core/format).
import { withheldParts, DEFAULT_MIN_GROUP_SIZE } from '../consultations/withhold';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../format';
import type { MinutesBlock, MinutesDocument } from '../forums/minutes';
import type { Locale } from '../i18n';
import { reportText, type ReportTextKey } from './report.text';
import type { OpinionMap } from './types';

/** What the report reads of a map: core/opinion's OpinionMap or a stored copy of it (reportMap turns one into this). */
export interface ReportMap {
  participants: number;
  /** How many participants the groups are made of. */
  clustered: number;
  groups: { size: number; representative: { statement: string; direction: 'agree' | 'disagree'; agree: number }[] }[];
  consensus: Record<'agree' | 'disagree', { statement: string; direction: 'agree' | 'disagree'; probability: number }[]>;
  groupInformedConsensus: Record<string, number>;
  pca?: OpinionMap['pca']['method'];
}

export const reportMap = (map: OpinionMap): ReportMap => ({
  participants: map.participants,
  clustered: map.clustered.length,
  groups: map.groups.map((g) => ({ size: g.members.length, representative: g.representative })),
  consensus: map.consensus,
  groupInformedConsensus: map.groupInformedConsensus,
  pca: map.pca.method,
});

export interface ReportStatement {
  id: string;
  text: string;
  /** Running counts of the latest votes, when known. */
  votes?: { agree: number; disagree: number; pass: number };
}

export interface OpinionReportInput {
  /** The space (or forum) it belongs to, printed above the title. */
  heading: string;
  title: string;
  topic: string;
  /** The statements put to vote (approved), in the order to list them. */
  statements: ReportStatement[];
  votes: number;
  /** null before the first map: the report then says how many more votes it needs (`waiting`). */
  map: ReportMap | null;
  waiting?: { votes: number; participants: number };
  computedAt: Date | string | null;
  createdAt: Date;
  minGroupSize?: number;
}

/** Pol.is names groups A, B, C… in the order of their ids. */
export const groupName = (index: number) => String.fromCharCode(65 + index);

const nfc = (s: string) => s.normalize('NFC');
const GIC_TOP = 5;

type Say = (key: ReportTextKey, values?: Record<string, string | number>) => string;

function table(header: string[], rows: string[][], widths: number[], right: number[] = []): MinutesBlock {
  return { kind: 'table', header, rows: rows.map((r) => r.map(nfc)), widths, align: header.map((_, i) => (right.includes(i) ? 'right' : 'left')) };
}

type Mapped = OpinionReportInput & { map: ReportMap };

function groupBlocks(input: Mapped, say: Say, locale: Locale, text: (id: string) => string): MinutesBlock[] {
  const min = input.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  const { groups } = input.map;
  const sizes = Object.fromEntries(groups.map((g, i) => [String(i), g.size]));
  const withheld = withheldParts(sizes, input.map.clustered, min);
  const blocks: MinutesBlock[] = [{ kind: 'heading', text: say('groups.heading'), level: 1 }, { kind: 'paragraph', text: say('groups.lead', { groups: groups.length }) }];
  groups.forEach((g, i) => {
    const name = groupName(i);
    if (withheld.has(String(i))) {
      blocks.push({ kind: 'heading', text: say(g.size < min ? 'group.small' : 'group.reveals', { name, min }), level: 2 });
      return;
    }
    blocks.push({ kind: 'heading', text: say('group.size', { name, size: g.size }), level: 2 });
    if (!g.representative.length) blocks.push({ kind: 'paragraph', text: say('group.none') });
    else {
      const rows = g.representative.map((r) => [text(r.statement), say(r.direction), formatPercent(r.agree, locale)]);
      blocks.push(table([say('col.statement'), say('col.direction'), say('col.groupAgree')], rows, [62, 18, 20], [2]));
    }
  });
  return blocks;
}

function consensusBlocks(input: Mapped, say: Say, locale: Locale, text: (id: string) => string): MinutesBlock[] {
  const { agree, disagree } = input.map.consensus;
  const rows = [...agree, ...disagree].map((c) => [text(c.statement), say(c.direction === 'agree' ? 'consensus.agree' : 'consensus.disagree'), formatPercent(c.probability, locale)]);
  const blocks: MinutesBlock[] = [{ kind: 'heading', text: say('consensus.heading'), level: 1 }, { kind: 'paragraph', text: say('consensus.lead') }];
  blocks.push(rows.length ? table([say('col.statement'), say('col.direction'), say('col.estimate')], rows, [62, 18, 20], [2]) : { kind: 'paragraph', text: say('none') });
  // Group-informed consensus: the statements every group agrees with, highest first; ties by the statements' order.
  const order = new Map(input.statements.map((s, i) => [s.id, i]));
  const gic = Object.entries(input.map.groupInformedConsensus)
    .filter(([id]) => order.has(id))
    .sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!)
    .slice(0, GIC_TOP);
  blocks.push({ kind: 'heading', text: say('gic.heading'), level: 1 }, { kind: 'paragraph', text: say('gic.lead') });
  const gicRows = gic.map(([id, value]) => [text(id), formatNumber(value, locale, { digits: 3 })]);
  blocks.push(gicRows.length ? table([say('col.statement'), say('col.gic')], gicRows, [75, 25], [1]) : { kind: 'paragraph', text: say('none') });
  return blocks;
}

function statementBlocks(input: OpinionReportInput, say: Say, locale: Locale): MinutesBlock[] {
  const n = (x: number | undefined) => (x === undefined ? '—' : formatNumber(x, locale));
  const rows = input.statements.map((s) => [s.text, n(s.votes?.agree), n(s.votes?.disagree), n(s.votes?.pass)]);
  return [
    { kind: 'heading', text: say('statements.heading'), level: 1 },
    rows.length ? table([say('col.statement'), say('col.agree'), say('col.disagree'), say('col.pass')], rows, [55, 15, 15, 15], [1, 2, 3]) : { kind: 'paragraph', text: say('none') },
  ];
}

export function opinionReport(input: OpinionReportInput, locale: Locale = 'vi'): MinutesDocument {
  const say: Say = (key, values) => reportText(locale, key, values);
  const texts = new Map(input.statements.map((s) => [s.id, s.text]));
  const text = (id: string) => texts.get(id) ?? `#${id}`;
  const { map } = input;
  const facts = [say('topic', { topic: nfc(input.topic) })];
  const method: MinutesBlock[] = [
    { kind: 'heading', text: say('method.heading'), level: 1 },
    { kind: 'paragraph', text: say('method.what') },
    { kind: 'paragraph', text: say('method.how') },
    ...(map?.pca?.name === 'mini-batch' ? [{ kind: 'paragraph' as const, text: say('method.miniBatch', { batches: map.pca.batches, sampled: map.pca.sampled }) }] : []),
    { kind: 'paragraph', text: say('method.source') },
  ];
  let findings: MinutesBlock[] = [];
  if (map && input.computedAt) {
    facts.push(say('figures', { participants: map.participants, statements: input.statements.length, votes: input.votes, clustered: map.clustered }));
    facts.push(say('computed', { at: formatDateTime(input.computedAt) }));
    findings = [...groupBlocks({ ...input, map }, say, locale, text), ...consensusBlocks({ ...input, map }, say, locale, text)];
  } else {
    facts.push(say('waiting', { votes: input.waiting?.votes ?? 0, participants: input.waiting?.participants ?? 0, statements: input.statements.length, cast: input.votes }));
  }
  return {
    heading: nfc(input.heading),
    title: say('title', { title: nfc(input.title) }),
    facts,
    blocks: [...findings, ...statementBlocks(input, say, locale), ...method],
    footer: say('footer', { date: formatDate(input.createdAt) }),
    createdAt: input.createdAt,
  };
}
