// The create form's state → the consultation spec of docs/contracts.md, or the first problem found.
// Keys are made from the Vietnamese names, so officials never type identifiers; the checks repeat
// the server's rules so a mistake is explained beside the form, in the user's language.
import type { Access, BallotSpec, BallotType, ConsultationSpec, Keyed } from './api';
import { readNumber } from '../../../../src/core/vn-number';
import type { Translate } from '../../shared/i18n/i18n';
import type { MessageKey } from '../../shared/i18n/vi';

export interface Row {
  id: number;
  vi: string;
  en: string;
  weight: string;
}

export interface FormState {
  titleVi: string;
  titleEn: string;
  options: Row[];
  ballotType: BallotType;
  min: string;
  max: string;
  scale: string;
  points: string;
  clusters: Row[];
  groups: Row[];
  access: Access;
  illustrative: boolean;
}

export interface Problem {
  key: MessageKey;
  vars?: Record<string, string | number>;
  /** id of the control to focus */
  field: string;
}

let nextRowId = 1;
export const newRow = (): Row => ({ id: nextRowId++, vi: '', en: '', weight: '' });

// "Cụm Đồng bằng sông Cửu Long" → "cum-dong-bang-song-cuu-long": đ is a letter of its own, not a
// d with a mark, so NFD leaves it and it is replaced by hand.
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
}

const clean = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ');

type Named = { row: Row; vi: string; en: string };

// Rows left wholly empty are dropped; a row with only English text is a mistake worth naming.
function namedRows(rows: Row[], item: (n: number) => string, idPrefix: string): Named[] | Problem {
  const named: Named[] = [];
  for (const [i, row] of rows.entries()) {
    const vi = clean(row.vi);
    const en = clean(row.en);
    if (!vi && !en && !row.weight.trim()) continue;
    if (!vi) return { key: 'create.error.blank', vars: { item: item(i + 1) }, field: `${idPrefix}-${row.id}-vi` };
    named.push({ row, vi, en: en || vi });
  }
  return named;
}

// Identical names are refused; names that differ only in marks (Ma, Mã) get distinct keys.
function withKeys(named: Named[], prefix: string, idPrefix: string): (Keyed & { row: Row })[] | Problem {
  const seen = new Set<string>();
  const names = new Set<string>();
  const out: (Keyed & { row: Row })[] = [];
  for (const [i, { row, vi, en }] of named.entries()) {
    if (names.has(vi.toLowerCase())) return { key: 'create.error.duplicate', vars: { name: vi }, field: `${idPrefix}-${row.id}-vi` };
    names.add(vi.toLowerCase());
    let key = slugify(vi);
    if (key.length < 2) key = `${prefix}-${i + 1}`;
    for (let n = 2; seen.has(key); n++) key = `${slugify(vi) || prefix}-${n}`;
    seen.add(key);
    out.push({ key, title: { vi, en }, row });
  }
  return out;
}

const isProblem = (x: unknown): x is Problem => typeof x === 'object' && x !== null && 'field' in x && 'key' in x;

function wholeNumber(text: string, field: string, label: string, min: number, max: number): number | undefined | Problem {
  const s = text.trim();
  if (!s) return undefined;
  const n = /^\d+$/.test(s) ? Number(s) : NaN;
  return n >= min && n <= max ? n : { key: 'create.error.number', vars: { field: label, min, max }, field };
}

export function buildSpec(form: FormState, spaceId: string, t: Translate): { spec: ConsultationSpec } | Problem {
  const titleVi = clean(form.titleVi);
  if (!titleVi) return { key: 'create.error.title', field: 'c-title-vi' };

  const optionRows = namedRows(form.options, (n) => t('create.optionN', { n }), 'c-option');
  if (isProblem(optionRows)) return optionRows;
  if (optionRows.length < 2) return { key: 'create.error.options', field: `c-option-${form.options[0]?.id}-vi` };
  const options = withKeys(optionRows, 'pa', 'c-option');
  if (isProblem(options)) return options;

  const ballot: BallotSpec = { type: form.ballotType };
  if (form.ballotType === 'approval' || form.ballotType === 'ranking') {
    const min = wholeNumber(form.min, 'c-min', t('create.min'), 0, 1000);
    if (isProblem(min)) return min;
    const max = wholeNumber(form.max, 'c-max', t('create.max'), 1, 1000);
    if (isProblem(max)) return max;
    if ((min ?? 0) > Math.min(max ?? Infinity, options.length) || (max ?? 0) > options.length) return { key: 'create.error.minMax', field: 'c-min' };
    if (min !== undefined) ballot.min = min;
    if (max !== undefined) ballot.max = max;
  } else if (form.ballotType === 'score') {
    const scale = wholeNumber(form.scale || '5', 'c-scale', t('create.scale'), 1, 100);
    if (isProblem(scale)) return scale;
    ballot.scale = scale;
  } else if (form.ballotType === 'budget') {
    const points = wholeNumber(form.points || '100', 'c-points', t('create.points'), 1, 100_000);
    if (isProblem(points)) return points;
    ballot.points = points;
  }

  const clusterRows = namedRows(form.clusters, (n) => t('create.clusterN', { n }), 'c-cluster');
  if (isProblem(clusterRows)) return clusterRows;
  const clusters = withKeys(clusterRows, 'cum', 'c-cluster');
  if (isProblem(clusters)) return clusters;

  const groupRows = namedRows(form.groups, (n) => t('create.groupN', { n }), 'c-group');
  if (isProblem(groupRows)) return groupRows;
  const groups = withKeys(groupRows, 'nhom', 'c-group');
  if (isProblem(groups)) return groups;
  // Vietnamese writes 0,3 where English writes 0.3; both are taken. Text that is no number is a bad weight (NaN).
  const weights = groups.map((g) => (g.row.weight.trim() ? (readNumber(g.row.weight, 'decimal') ?? Number.NaN) : undefined));
  const given = weights.filter((w) => w !== undefined);
  const badWeight = groups.find((_, i) => weights[i] !== undefined && !(weights[i]! > 0 && weights[i]! <= 1000));
  if (badWeight || (given.length > 0 && given.length < groups.length)) {
    const at = badWeight ?? groups[weights.findIndex((w) => w === undefined)];
    return { key: 'create.error.weights', field: `c-group-${at.row.id}-weight` };
  }

  const strip = ({ key, title }: Keyed) => ({ key, title });
  return {
    spec: {
      spaceId,
      title: { vi: titleVi, en: clean(form.titleEn) || titleVi },
      options: options.map(strip),
      ballot,
      clusters: clusters.map(strip),
      groups: groups.map((g, i) => (weights[i] === undefined ? strip(g) : { ...strip(g), weight: weights[i] })),
      access: form.access,
      illustrative: form.illustrative,
    },
  };
}
