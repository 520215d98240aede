// Import of a region's offers and needs from an .xlsx workbook (the sheet "Đề xuất và nhu cầu"). All-or-
// nothing: every row is checked first and every problem listed (sheet, row, column, Vietnamese and English);
// only a clean file is stored, in one transaction, each created or changed row audited as the API audits it,
// plus one audit entry for the import. A row equal to what is stored changes nothing, so an exported sheet
// imported again leaves the region as it was; rows the file leaves out are kept (the file never deletes).
// A coordinator imports any member locality's rows, an official only their own locality's (and, for an
// official of one of the 34, its pre-2025 predecessors').
import type { z } from 'zod';
import type { ArchiveLimits } from '../../core/archive';
import { INTENT_KINDS, INTENT_KIND_LABELS, SECTORS } from '../../core/linkage/sectors';
import { readNumber } from '../../core/vn-number';
import type { Db } from '../../db/connection';
import { AppError } from '../../http/errors';
import { columnLetter, fold, isBlank, type Cell, type Grid } from '../../importers/grid';
import { readXlsxGrids } from '../../importers/xlsx.reader';
import { recordAudit } from '../audit';
import { INTENT_COLUMNS, INTENT_SHEET, REQUIRED_COLUMNS, type IntentColumn } from './intent.columns';
import { addIntent, checkIntent, editIntent, listIntents, type Intent } from './intent.service';
import type { LinkageCall } from './linkage.guard';
import { linkagePolicy } from './linkage.policy';
import type { intentBody } from './linkage.schema';

type Body = z.infer<typeof intentBody>;
export type FileProblem = { sheet: string; row: number | null; column: string | null; vi: string; en: string };

export class IntentFileError extends Error {
  constructor(readonly file: string, readonly problems: FileProblem[]) {
    super(`${file}: ${problems.length} problems`);
  }
}

const text = (cell: Cell) => (cell === null ? '' : String(cell).normalize('NFC').trim());
/** Excel numbers as they are; typed text the Vietnamese way ("4,5"). */
const numberIn = (cell: Cell): number | null => (typeof cell === 'number' ? (Number.isFinite(cell) ? cell : null) : typeof cell === 'string' ? readNumber(cell) : null);

/** dd/mm/yyyy (or yyyy-mm-dd, as Excel date cells arrive) → yyyy-mm-dd, or null. */
export function isoFromCell(value: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  const iso = m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

const DIRECTIONS: Record<string, 'offer' | 'need'> = { offer: 'offer', 'de xuat': 'offer', need: 'need', 'nhu cau': 'need' };
const sectorOf = (value: string) => SECTORS.find((s) => [s.key, s.vi, s.en].some((x) => fold(x) === fold(value)))?.key ?? null;
const kindOf = (value: string) => INTENT_KINDS.find((k) => [k, INTENT_KIND_LABELS[k].vi].some((x) => fold(x) === fold(value))) ?? null;

function locateColumns(grid: Grid, problems: FileProblem[]): Map<IntentColumn, number> {
  const found = new Map<IntentColumn, number>();
  for (let c = 1; c <= grid.columnCount; c++) {
    const hit = INTENT_COLUMNS.find((s) => fold(s.header) === fold(grid.cell(1, c)));
    if (hit && !found.has(hit.key)) found.set(hit.key, c);
  }
  for (const key of REQUIRED_COLUMNS) {
    if (found.has(key)) continue;
    const header = INTENT_COLUMNS.find((s) => s.key === key)!.header;
    problems.push({ sheet: grid.name, row: 1, column: null, vi: `thiếu cột "${header}"`, en: `the column "${header}" is missing` });
  }
  return found;
}

/** Which column a service refusal is about. */
const COLUMN_OF: Record<string, IntentColumn> = {
  'linkage.unknown_locality': 'locality',
  'linkage.not_member': 'locality',
  'linkage.unknown_sector': 'sector',
  'linkage.dates_order': 'endsOn',
  'linkage.unknown_indicator': 'evidenceIndicator',
};

export type IntentRow = { row: number; body: Body; existing: Intent | null };

type Ctx = { call: LinkageCall; stored: Intent[] };

/** One row read into an intent body, its problems pushed; null when it has any. */
function readRow(grid: Grid, r: number, cols: Map<IntentColumn, number>, ctx: Ctx, problems: FileProblem[]): IntentRow | null {
  const get = (k: IntentColumn) => (cols.has(k) ? grid.cell(r, cols.get(k)!) : null);
  const before = problems.length;
  const bad = (k: IntentColumn, vi: string, en: string) => problems.push({ sheet: grid.name, row: r, column: cols.has(k) ? columnLetter(cols.get(k)!) : null, vi, en });
  const id = text(get('id'));
  const existing = id ? ctx.stored.find((i) => i.id === id) ?? null : null;
  if (id && !existing) bad('id', `không có đề xuất hoặc nhu cầu mã "${id}" trong vùng này`, `there is no offer or need "${id}" in this region`);
  const direction = DIRECTIONS[fold(get('direction'))];
  if (!direction) bad('direction', `loại "${text(get('direction'))}" phải là offer (đề xuất) hoặc need (nhu cầu)`, `the kind of row "${text(get('direction'))}" must be offer or need`);
  const localityId = text(get('locality'));
  const sector = sectorOf(text(get('sector')));
  if (!sector) bad('sector', `không có lĩnh vực "${text(get('sector'))}" trong danh mục`, `there is no sector "${text(get('sector'))}" in the list`);
  const kind = kindOf(text(get('kind')));
  if (!kind) bad('kind', `hình thức "${text(get('kind'))}" phải là một trong ${INTENT_KINDS.join(', ')}`, `the kind "${text(get('kind'))}" must be one of ${INTENT_KINDS.join(', ')}`);
  const vi = text(get('textVi'));
  if (!vi || vi.length > 2000) bad('textVi', vi ? 'nội dung dài quá 2000 ký tự' : 'thiếu nội dung', vi ? 'the description is over 2000 characters' : 'the description is missing');
  const en = text(get('textEn'));
  if (en.length > 2000) bad('textEn', 'nội dung tiếng Anh dài quá 2000 ký tự', 'the English description is over 2000 characters');
  const size = numberIn(get('size'));
  if (size === null || size < 1 || size > 5) bad('size', `quy mô "${text(get('size'))}" phải là số từ 1 đến 5`, `the size "${text(get('size'))}" must be a number from 1 to 5`);
  const dates = (['startsOn', 'endsOn'] as const).map((k) => {
    if (isBlank(get(k))) return null;
    const iso = isoFromCell(text(get(k)));
    if (!iso) bad(k, `ngày "${text(get(k))}" không hợp lệ (dd/mm/yyyy)`, `"${text(get(k))}" is not a date (dd/mm/yyyy)`);
    return iso;
  });
  const evidence = readEvidence(get, bad);
  if (problems.length > before) return null;
  const body: Body = { direction: direction!, localityId, sector: sector!, kind: kind!, text: { vi, en: en || null }, size: size!, startsOn: dates[0], endsOn: dates[1], evidence: evidence ?? null };
  try {
    checkIntent(ctx.call, body);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    bad(COLUMN_OF[err.code] ?? 'locality', err.text.vi, err.text.en);
    return null;
  }
  const mine = linkagePolicy.editFor(ctx.call.access, localityId) && (!existing || linkagePolicy.editFor(ctx.call.access, existing.localityId));
  if (!mine) {
    bad('locality', `bạn không được sửa đề xuất và nhu cầu của ${existing && existing.localityId !== localityId ? existing.localityId : localityId}`, `you may not edit the offers and needs of ${existing && existing.localityId !== localityId ? existing.localityId : localityId}`);
    return null;
  }
  return { row: r, body, existing };
}

function readEvidence(get: (k: IntentColumn) => Cell, bad: (k: IntentColumn, vi: string, en: string) => void): Body['evidence'] | undefined {
  const index = text(get('evidenceIndex')).toUpperCase();
  const indicator = text(get('evidenceIndicator'));
  if (!index && !indicator && isBlank(get('evidenceYear'))) return null;
  if (index !== 'PCI' && index !== 'PAPI' && index !== 'PGI') return void bad('evidenceIndex', `chỉ số "${index}" phải là PCI, PAPI hoặc PGI`, `the index "${index}" must be PCI, PAPI or PGI`);
  if (!indicator) return void bad('evidenceIndicator', 'thiếu chỉ tiêu của chỉ số (score hoặc mã chỉ số thành phần)', "the index's indicator is missing (score or a sub-index key)");
  const yearCell = get('evidenceYear');
  if (isBlank(yearCell)) return { index, indicator, year: null };
  const year = numberIn(yearCell);
  if (year === null || !Number.isInteger(year) || year < 2000 || year > 2100) return void bad('evidenceYear', `năm "${text(yearCell)}" không hợp lệ`, `the year "${text(yearCell)}" is not valid`);
  return { index, indicator, year };
}

/** What makes a row the same offer or need as a stored one when it carries no id. */
const naturalKey = (i: Pick<Body, 'direction' | 'localityId' | 'sector' | 'kind'> & { text: { vi: string } }) => JSON.stringify([i.direction, i.localityId, i.sector, i.kind, i.text.vi.normalize('NFC')]);

/** JSON with keys sorted: jsonb comes back with PostgreSQL's key order. */
const stable = (x: unknown): string =>
  Array.isArray(x) ? `[${x.map(stable).join(',')}]` : x && typeof x === 'object' ? `{${Object.keys(x).sort().map((k) => `${JSON.stringify(k)}:${stable((x as Record<string, unknown>)[k])}`).join(',')}}` : JSON.stringify(x ?? null);
const asBody = (i: Intent): Body => ({ direction: i.direction, localityId: i.localityId, sector: i.sector, kind: i.kind, text: i.text, size: i.size, startsOn: i.startsOn, endsOn: i.endsOn, evidence: (i.evidence ?? null) as Body['evidence'] });
export const sameIntent = (i: Intent, b: Body) => stable(asBody(i)) === stable({ ...b, text: { vi: b.text.vi.normalize('NFC'), en: b.text.en?.normalize('NFC') ?? null } });

/** Every row of the sheet read; rows without id matched to a stored intent by their natural key; a stored intent claimed twice is a problem. */
export function readIntentSheet(grid: Grid, call: LinkageCall, stored: Intent[], problems: FileProblem[]): IntentRow[] {
  const cols = locateColumns(grid, problems);
  if (problems.length) return [];
  const rows: IntentRow[] = [];
  for (let r = 2; r <= grid.rowCount; r++) {
    if (INTENT_COLUMNS.every((c) => !cols.has(c.key) || isBlank(grid.cell(r, cols.get(c.key)!)))) continue;
    const row = readRow(grid, r, cols, { call, stored }, problems);
    if (row) rows.push(row);
  }
  const claimed = new Map<string, number>();
  for (const row of rows) {
    row.existing ??= stored.find((i) => naturalKey(i) === naturalKey(row.body)) ?? null;
    if (!row.existing) continue;
    const first = claimed.get(row.existing.id);
    if (first !== undefined) problems.push({ sheet: grid.name, row: row.row, column: null, vi: `dòng này lặp lại đề xuất hoặc nhu cầu ở dòng ${first}`, en: `this row repeats the offer or need of row ${first}` });
    else claimed.set(row.existing.id, row.row);
  }
  return rows;
}

export type ImportInput = { bytes: Uint8Array; name: string; limits?: ArchiveLimits };
export type ImportCounts = { created: number; updated: number; unchanged: number };

export async function importIntentFile(db: Db, call: LinkageCall, input: ImportInput, now: Date): Promise<ImportCounts> {
  const grids = await readXlsxGrids(input.bytes, input.name, input.limits);
  const grid = grids.find((g) => fold(g.name) === fold(INTENT_SHEET));
  if (!grid) throw new IntentFileError(input.name, [{ sheet: input.name, row: null, column: null, vi: `không có trang tính "${INTENT_SHEET}"`, en: `there is no sheet "${INTENT_SHEET}"` }]);
  const problems: FileProblem[] = [];
  const rows = readIntentSheet(grid, call, await listIntents(db, call.space.id), problems);
  if (problems.length) throw new IntentFileError(input.name, problems);
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
  await db.transaction(async (tx) => {
    for (const { body, existing } of rows) {
      if (existing && sameIntent(existing, body)) counts.unchanged++;
      else if (existing) (await editIntent(tx, call, existing, body, now), counts.updated++);
      else (await addIntent(tx, call, body, now), counts.created++);
    }
    if (counts.created + counts.updated === 0) return; // nothing changed, nothing to record
    await recordAudit(tx, call.actor, { action: 'linkage.intent.import', entityType: 'linkage_region', entityId: call.space.id, spaceId: call.space.id, before: null, after: { file: input.name, ...counts } }, now);
  });
  return counts;
}
