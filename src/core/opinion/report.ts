// A conversation's report as a document model (the shape core/forums' minutes use, so the shared Word layout
// writes it: src/reports/opinion-report.docx.ts): the figures, each opinion group's size and representative
// statements with the group's agree and disagree shares, consensus with everyone's shares, group-informed
// consensus, every statement's votes, and what the map means and how it was computed, in plain words. Every
// figure is the map's, said with its time ("Bản đồ lúc dd/mm/yyyy hh:mm"); a map stored before it kept the
// statements' votes gives only its people, and the statements' votes are then said to be the live ones, with
// the report's own time. Percentages whole, as the public report page prints them. Groups smaller than the house's minimum are
// withheld as consultations' small groups are (core/consultations/withhold: a group that would let a small
// one be worked out too). Vietnamese or English; figures and dates the Vietnamese way (core/format).
import { withheldParts, DEFAULT_MIN_GROUP_SIZE } from '../consultations/withhold';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../format';
import type { MinutesBlock, MinutesDocument } from '../forums/minutes';
import type { Locale } from '../i18n';
import { reportText, type ReportTextKey } from './report.text';
import type { StatementTally } from './analyse';
import type { OpinionMap } from './types';

/** A statement's place in a group or in everyone: the shares of the votes on it (passes counted) that agree and disagree. */
type Shares = { statement: string; direction: 'agree' | 'disagree'; agree?: number; disagree?: number };

/** What the report reads of a map: core/opinion's OpinionMap or a stored copy of it (reportMap turns one into this). */
export interface ReportMap {
  participants: number;
  /** How many participants the groups are made of. */
  clustered: number;
  groups: { size: number; representative: (Shares & { agree: number })[] }[];
  /** `share`: of everyone's votes on it, the part that went its way (maps stored before it was kept lack it). */
  consensus: Record<'agree' | 'disagree', { statement: string; direction: 'agree' | 'disagree'; share?: number }[]>;
  groupInformedConsensus: Record<string, number>;
  pca?: OpinionMap['pca']['method'];
  /** Each statement put to vote with everyone's votes on it when the map was computed; absent from older stored maps. */
  tally?: Record<string, StatementTally>;
}

export const reportMap = (map: OpinionMap & { tally?: Record<string, StatementTally> }): ReportMap => ({
  participants: map.participants,
  clustered: map.clustered.length,
  groups: map.groups.map((g) => ({ size: g.members.length, representative: g.representative })),
  consensus: map.consensus,
  groupInformedConsensus: map.groupInformedConsensus,
  pca: map.pca.method,
  tally: map.tally,
});

export interface ReportStatement {
  id: string;
  text: string;
  /** Running counts of the latest votes (now), when known: printed only when the map did not keep its own. */
  votes?: { agree: number; disagree: number; pass: number };
}

export interface OpinionReportInput {
  /** The space (or forum) it belongs to, printed above the title. */
  heading: string;
  title: string;
  topic: string;
  /** The statements put to vote (approved), in the order to list them. */
  statements: ReportStatement[];
  /** Votes on them now (what a report without a map, or with a map that kept no votes, prints). */
  votes: number;
  /** null before the first map: the report then says how many more votes it needs (`waiting`). */
  map: ReportMap | null;
  waiting?: { votes: number; participants: number };
  computedAt: Date | string | null;
  /** When the report is made: the time of any live figure. */
  createdAt: Date;
  minGroupSize?: number;
}

/** Pol.is names groups A, B, C… in the order of their ids. */
export const groupName = (index: number) => String.fromCharCode(65 + index);

const nfc = (s: string) => s.normalize('NFC');
const GIC_TOP = 5;

type Say = (key: ReportTextKey, values?: Record<string, string | number>) => string;

/** "92 %" / "92%": whole percentages, as the public report page prints them; '—' where the map kept none. */
const percent = (share: number | undefined, locale: Locale) => (share === undefined ? '—' : formatPercent(share, locale, { digits: 0 }));

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
      const rows = g.representative.map((r) => [text(r.statement), say(r.direction), percent(r.agree, locale), percent(r.disagree, locale)]);
      blocks.push(table([say('col.statement'), say('col.direction'), say('col.groupAgree'), say('col.groupDisagree')], rows, [52, 16, 16, 16], [2, 3]));
    }
  });
  return blocks;
}

function consensusBlocks(input: Mapped, say: Say, locale: Locale, text: (id: string) => string): MinutesBlock[] {
  const { agree, disagree } = input.map.consensus;
  const rows = [...agree, ...disagree].map((c) => {
    const shares = everyoneShares(input.map, c);
    return [text(c.statement), say(c.direction === 'agree' ? 'consensus.agree' : 'consensus.disagree'), percent(shares.agree, locale), percent(shares.disagree, locale)];
  });
  const blocks: MinutesBlock[] = [{ kind: 'heading', text: say('consensus.heading'), level: 1 }, { kind: 'paragraph', text: say('consensus.lead') }];
  blocks.push(rows.length ? table([say('col.statement'), say('col.direction'), say('col.everyoneAgree'), say('col.everyoneDisagree')], rows, [52, 16, 16, 16], [2, 3]) : { kind: 'paragraph', text: say('none') });
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

/** Everyone's agree and disagree shares of a consensus statement: from the map's votes, or the one share an older map kept. */
function everyoneShares(map: ReportMap, c: ReportMap['consensus']['agree'][number]): { agree?: number; disagree?: number } {
  const t = map.tally?.[c.statement];
  const seen = t ? t.agree + t.disagree + t.pass : 0;
  if (t && seen > 0) return { agree: t.agree / seen, disagree: t.disagree / seen };
  return { [c.direction]: c.share };
}

function statementBlocks(input: OpinionReportInput, say: Say, locale: Locale): MinutesBlock[] {
  const n = (x: number | undefined) => (x === undefined ? '—' : formatNumber(x, locale));
  const tally = input.map && input.computedAt ? input.map.tally : undefined;
  const votesOf = (s: ReportStatement) => (tally ? tally[s.id] : s.votes);
  const rows = input.statements.map((s) => [s.text, n(votesOf(s)?.agree), n(votesOf(s)?.disagree), n(votesOf(s)?.pass)]);
  const lead = tally ? say('statements.map', { at: formatDateTime(input.computedAt!) }) : say('statements.live', { at: formatDateTime(input.createdAt) });
  const later = tally && input.statements.some((s) => !tally[s.id]) ? [{ kind: 'paragraph' as const, text: say('statements.later') }] : [];
  return [
    { kind: 'heading', text: say('statements.heading'), level: 1 },
    { kind: 'paragraph', text: lead },
    rows.length ? table([say('col.statement'), say('col.agree'), say('col.disagree'), say('col.pass')], rows, [55, 15, 15, 15], [1, 2, 3]) : { kind: 'paragraph', text: say('none') },
    ...later,
  ];
}

/** The figures: all the map's, at its time; or, from a map that kept no votes, its people and the statements' votes now. */
function figures(input: Mapped & { computedAt: Date | string }, say: Say): string[] {
  const { map } = input;
  const at = formatDateTime(input.computedAt);
  if (map.tally) {
    const tallies = Object.values(map.tally);
    const votes = tallies.reduce((sum, t) => sum + t.agree + t.disagree + t.pass, 0);
    return [say('figures', { at, participants: map.participants, statements: tallies.length, votes, clustered: map.clustered })];
  }
  return [say('figures.people', { at, participants: map.participants, clustered: map.clustered }), say('figures.live', { at: formatDateTime(input.createdAt), statements: input.statements.length, votes: input.votes })];
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
    facts.push(...figures({ ...input, map, computedAt: input.computedAt }, say));
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
