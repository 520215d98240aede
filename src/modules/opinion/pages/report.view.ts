// What the public report shows of a stored opinion map: groups named A, B, C… with their size and
// representative statements (the share of the group that voted that way), consensus statements, the
// participants' places for the static map, and the plain-language paragraph on what the map means.
// Small groups are not published with their statements, as the consultations withhold them
// (core/consultations/withhold: fewer than 5 people, and a group whose figures would let a withheld one be
// worked out — here from the consensus shares, which count everyone).
import { DEFAULT_MIN_GROUP_SIZE, withheldParts } from '../../../core/consultations/withhold';
import { formatNumber, formatPercent } from '../../../core/format';
import { formatMessage } from '../../../core/i18n';
import { groupName } from '../../../core/opinion/report';
import type { Lang } from '../../../http/pages';
import { opinionWords } from './conversation.words';

/** The parts of a stored map (the opinion module's MapResult) the report reads; the shares are optional, a map stored before they were kept has none. */
export type MapForReport = {
  participants: number;
  statements: number;
  groups: { id: number; size: number; representative: { tid: number; direction: 'agree' | 'disagree'; agree: number; disagree?: number }[] }[];
  consensus: Record<'agree' | 'disagree', { tid: number; direction: 'agree' | 'disagree'; share?: number }[]>;
  points: { x: number; y: number; group: number | null }[];
};

/** `share`: of the group's (or everyone's) votes on it, the part that went this way; null when the map did not keep it. */
export type PublicStatement = { tid: string; text: string; direction: 'agree' | 'disagree'; share: number | null };

export type PublicGroup = {
  name: string;
  /** Place in the map's group order: its colour. */
  index: number;
  size: number;
  withheld: false | 'small' | 'reveals';
  representative: PublicStatement[];
  points: [number, number][];
};

export type PublicReport = { participants: number; statements: number; groups: PublicGroup[]; consensus: PublicStatement[]; minGroupSize: number };

/** The report's view of a map; `texts` holds the statements' texts by tid (a statement without one is left out). */
export function publicReport(map: MapForReport, texts: ReadonlyMap<string, string>, minGroupSize = DEFAULT_MIN_GROUP_SIZE): PublicReport {
  const sizes = Object.fromEntries(map.groups.map((g, i) => [groupName(i), g.size]));
  const total = map.groups.reduce((s, g) => s + g.size, 0);
  const hidden = withheldParts(sizes, total, minGroupSize);
  const groups = map.groups.map((g, index): PublicGroup => {
    const name = groupName(index);
    const withheld = !hidden.has(name) ? false : g.size < minGroupSize ? 'small' : 'reveals';
    const representative = withheld ? [] : g.representative.flatMap((r) => said(texts, r.tid, r.direction, r.direction === 'agree' ? r.agree : r.disagree));
    const points = map.points.filter((p) => p.group === g.id).map((p): [number, number] => [p.x, p.y]);
    return { name, index, size: g.size, withheld, representative, points };
  });
  const consensus = [...map.consensus.agree, ...map.consensus.disagree].flatMap((c) => said(texts, c.tid, c.direction, c.share));
  return { participants: map.participants, statements: map.statements, groups, consensus, minGroupSize };
}

function said(texts: ReadonlyMap<string, string>, tid: number, direction: 'agree' | 'disagree', share: number | undefined): PublicStatement[] {
  const text = texts.get(String(tid));
  return text === undefined ? [] : [{ tid: String(tid), text, direction, share: share ?? null }];
}

/** "Nhóm A (23 người) đồng tình với “…” trong khi nhóm B (18 người) phản đối “…”." and what most share. */
export function meaning(lang: Lang, view: PublicReport): string[] {
  const w = opinionWords[lang];
  const sentences = [formatMessage(lang, w.meaningGroups, { count: view.groups.length })];
  const clauses = view.groups
    .filter((g) => !g.withheld && g.representative.length > 0)
    .map((g) => {
      const top = g.representative[0];
      return formatMessage(lang, top.direction === 'agree' ? w.meaningAgree : w.meaningDisagree, { name: g.name, size: formatNumber(g.size, lang), text: top.text });
    });
  if (clauses.length >= 2) {
    const [first, ...rest] = clauses;
    sentences.push(`${first} ${w.meaningWhile} ${rest.map(lowerFirst).join('; ')}.`);
  } else sentences.push(w.meaningOne);
  const common = view.consensus[0];
  sentences.push(common ? formatMessage(lang, w.meaningCommon, { direction: common.direction, text: common.text }) : w.meaningNoCommon);
  return sentences;
}

/** "Nhóm B …" in the middle of a sentence reads "nhóm B …". */
const lowerFirst = (clause: string) => clause.charAt(0).toLocaleLowerCase() + clause.slice(1);

/** "88 % trong nhóm đồng ý" / "88% of the group agreed"; without a share, "Đồng ý" / "Agree". */
export function shareSaid(lang: Lang, s: PublicStatement, of: 'group' | 'everyone'): string {
  const w = opinionWords[lang];
  if (s.share === null) return s.direction === 'agree' ? w.agree : w.disagree;
  const pattern = of === 'group' ? (s.direction === 'agree' ? w.agreed : w.disagreed) : s.direction === 'agree' ? w.everyoneAgreed : w.everyoneDisagreed;
  return formatMessage(lang, pattern, { share: formatPercent(s.share, lang, { digits: 0 }) });
}
