// The minutes of a forum as a document model — headings, paragraphs and tables in reading order — built
// once from MinutesInput, so that the Word file and the PDF (src/reports/minutes.*.ts) say the same.
// Sections: agenda, connection points and attendance, contributions, polls (overall and per point),
// questions and answers, recommendations with owners and review dates.
import { formatDate, formatNumber, formatTime } from '../format';
import type { Locale } from '../i18n';
import { minutesText, type MinutesTextKey } from './minutes.text';
import type { MinutesInput, MinutesPoll, MinutesQuestion } from './minutes.types';

export type * from './minutes.types';

export type MinutesTable = { header: string[]; rows: string[][]; widths: number[]; align: ('left' | 'right')[] };
export type MinutesBlock =
  | { kind: 'heading'; text: string; level: 1 | 2 }
  | { kind: 'paragraph'; text: string; label?: string }
  | ({ kind: 'table' } & MinutesTable);
export type MinutesDocument = { title: string; heading: string; facts: string[]; blocks: MinutesBlock[]; footer: string; createdAt: Date };

/** Per-point poll tables show every option up to this many; beyond, the leading option only. */
const OPTION_COLUMNS = 4;

const nfc = (s: string) => s.normalize('NFC');
const list = (items: string[]) => items.map(nfc).join('; ');

export function minutesDocument(input: MinutesInput, locale: Locale = 'vi'): MinutesDocument {
  const say = (key: MinutesTextKey, values?: Parameters<typeof minutesText>[2]) => minutesText(locale, key, values);
  const dates = input.startsOn === input.endsOn ? formatDate(input.startsOn) : `${formatDate(input.startsOn)} – ${formatDate(input.endsOn)}`;
  const facts = [say('dates', { dates }), say('kind', { kind: say(`kind.${input.kind}`) })];
  if (input.venue) facts.push(say('venue', { venue: nfc(input.venue) }));
  if (input.organisers.length) facts.push(say('organisers', { names: list(input.organisers) }));
  if (input.themes.length) facts.push(say('themes', { themes: list(input.themes) }));
  const sections = [agenda, points, contributions, polls, questions, recommendations];
  return {
    title: nfc(input.title),
    heading: say('title'),
    facts,
    blocks: sections.flatMap((section) => section(input, locale)),
    footer: say('footer', { date: formatDate(input.createdAt) }),
    createdAt: input.createdAt,
  };
}

const heading = (text: string, level: 1 | 2 = 1): MinutesBlock => ({ kind: 'heading', text: nfc(text), level });
const paragraph = (text: string, label?: string): MinutesBlock => ({ kind: 'paragraph', text: nfc(text), ...(label ? { label: nfc(label) } : {}) });
const table = (header: string[], rows: string[][], widths: number[], align: ('left' | 'right')[]): MinutesBlock => ({ kind: 'table', header, rows: rows.map((r) => r.map(nfc)), widths, align });
const figure = (n: number, locale: Locale) => formatNumber(n, locale, { digits: 2 });
const itemOf = (item: string | null) => ({ item: item ?? '', hasItem: item ? 'yes' : 'no' });
const orNone = (blocks: MinutesBlock[], locale: Locale) => (blocks.length ? blocks : [paragraph(minutesText(locale, 'none'))]);

function agenda(input: MinutesInput, locale: Locale): MinutesBlock[] {
  const oneDay = input.startsOn === input.endsOn;
  const time = (at: Date | string | null) => (at === null ? '' : oneDay ? formatTime(at) : `${formatDate(at)} ${formatTime(at)}`);
  const header = (['agenda.time', 'agenda.item', 'agenda.speakers', 'agenda.theme'] as const).map((k) => minutesText(locale, k));
  const body = input.agenda.flatMap((session) => [
    heading(session.title, 2),
    table(header, session.items.map((i) => [time(i.startsAt), i.title, list(i.speakers), i.theme ?? '']), oneDay ? [10, 42, 26, 22] : [18, 38, 24, 20], ['left', 'left', 'left', 'left']),
  ]);
  return [heading(minutesText(locale, 'agenda.heading')), ...orNone(body, locale)];
}

function points(input: MinutesInput, locale: Locale): MinutesBlock[] {
  const { points: rows, overall } = input.attendance;
  const say = (key: MinutesTextKey) => minutesText(locale, key);
  const n = (v: number | null) => (v === null ? '—' : formatNumber(v, locale, { digits: 0 }));
  const header = [say('points.point'), say('points.moderators'), say('points.expected'), say('points.registered'), say('points.checkedIn')];
  const body = rows.map((p) => [p.locality && p.locality !== p.name ? `${p.name} (${p.locality})` : p.name, list(p.moderators), n(p.expected), n(p.registered), n(p.checkedIn)]);
  body.push([say('points.total'), '', n(overall.expected), n(overall.registered), n(overall.checkedIn)]);
  return [
    heading(say('points.heading')),
    paragraph(minutesText(locale, 'points.summary', { points: rows.length, ...overall })),
    table(header, body, [34, 30, 12, 12, 12], ['left', 'left', 'right', 'right', 'right']),
  ];
}

function contributions(input: MinutesInput, locale: Locale): MinutesBlock[] {
  const body = input.contributions.flatMap((c, i) => {
    const by = minutesText(locale, 'contributions.by', { speaker: c.organisation ? `${c.speaker} (${c.organisation})` : c.speaker });
    const session = c.session ? ` · ${minutesText(locale, 'contributions.session', { session: c.session })}` : '';
    return [heading(`${i + 1}. ${c.title}`, 2), paragraph(by + session), ...(c.abstract ? [paragraph(c.abstract)] : [])];
  });
  return [heading(minutesText(locale, 'contributions.heading')), ...orNone(body, locale)];
}

function polls(input: MinutesInput, locale: Locale): MinutesBlock[] {
  const body = input.polls.flatMap((p) => pollBlocks(p, locale));
  return [heading(minutesText(locale, 'polls.heading')), ...orNone(body, locale)];
}

function pollBlocks(poll: MinutesPoll, locale: Locale): MinutesBlock[] {
  const say = (key: MinutesTextKey) => minutesText(locale, key);
  const ballots = (b: number) => formatNumber(b, locale, { digits: 0 });
  const overall = table([say('polls.option'), poll.measure], poll.options.map((o, i) => [o, figure(poll.overall.values[i] ?? 0, locale)]), [70, 30], ['left', 'right']);
  const allColumns = poll.options.length <= OPTION_COLUMNS;
  const optionWidth = allColumns ? 60 / Math.max(1, poll.options.length) : 0;
  const byPoint = allColumns
    ? table([say('points.point'), say('polls.ballots'), ...poll.options], poll.perPoint.map((r) => [r.point, ballots(r.ballots), ...poll.options.map((_, i) => figure(r.values[i] ?? 0, locale))]), [28, 12, ...poll.options.map(() => optionWidth)], ['left', 'right', ...poll.options.map(() => 'right' as const)])
    : table([say('points.point'), say('polls.ballots'), say('polls.leading'), poll.measure], poll.perPoint.map((r) => [r.point, ballots(r.ballots), ...leading(poll, r.values, locale)]), [30, 12, 40, 18], ['left', 'right', 'left', 'right']);
  return [
    heading(poll.title, 2),
    paragraph(minutesText(locale, 'polls.lead', { ballots: poll.overall.ballots, ...itemOf(poll.agendaItem) })),
    paragraph(say('polls.overall')),
    overall,
    paragraph(say('polls.byPoint')),
    byPoint,
  ];
}

/** The option with the highest value at a point (the first of equals) and that value; blank without ballots. */
function leading(poll: MinutesPoll, values: number[], locale: Locale): [string, string] {
  if (!values.length) return ['', ''];
  const best = values.reduce((top, v, i) => (v > values[top] ? i : top), 0);
  return [poll.options[best] ?? '', figure(values[best], locale)];
}

function questions(input: MinutesInput, locale: Locale): MinutesBlock[] {
  const body = input.questions.flatMap((q, i) => questionBlocks(q, i + 1, locale));
  return [heading(minutesText(locale, 'questions.heading')), ...orNone(body, locale)];
}

function questionBlocks(q: MinutesQuestion, n: number, locale: Locale): MinutesBlock[] {
  const asker = q.asker ?? minutesText(locale, 'questions.anonymous');
  const point = q.point ?? minutesText(locale, 'questions.hall');
  const asked = paragraph(q.text, minutesText(locale, 'questions.asked', { n, asker, point, upvotes: q.upvotes, ...itemOf(q.agendaItem) }));
  const answer = q.answer ? paragraph(q.answer.text, minutesText(locale, 'questions.answer', { by: q.answer.by })) : paragraph(minutesText(locale, 'questions.unanswered'));
  return [asked, answer];
}

function recommendations(input: MinutesInput, locale: Locale): MinutesBlock[] {
  const say = (key: MinutesTextKey, values?: Parameters<typeof minutesText>[2]) => minutesText(locale, key, values);
  const rows = input.recommendations.map((r, i) => {
    const notes = [r.source && say('recommendations.source', { source: r.source }), r.proposedBy && say('recommendations.proposedBy', { point: r.proposedBy })].filter(Boolean);
    return [String(i + 1), notes.length ? `${r.text} (${notes.join('; ')})` : r.text, r.owner, r.reviewOn ? formatDate(r.reviewOn) : '—', r.status ?? ''];
  });
  const header = [say('recommendations.number'), say('recommendations.text'), say('recommendations.owner'), say('recommendations.review'), say('recommendations.status')];
  return [heading(say('recommendations.heading')), ...orNone(rows.length ? [table(header, rows, [6, 36, 17, 17, 24], ['right', 'left', 'left', 'left', 'left'])] : [], locale)];
}
