// `doithoai mcda`: ranks alternatives on several criteria — AHP, TOPSIS or the weighted sum — from
// one JSON problem file (docs/contracts.md). Reading the file happens here; the methods are pure
// core code. A problem in the document is reported with the file, the line and the field, so an
// official can find it in the editor. `--json` prints the contract's document; otherwise tables
// with Vietnamese labels and English beside them.
import type { Command } from 'commander';
import { InputError } from '../core/errors';
import { positionAt, readJsonDocument } from '../core/json.reader';
import type { AhpLevel, AhpResult, AhpWeightsResult } from '../core/mcda/ahp.document';
import type { DecisionResult } from '../core/mcda/decision.document';
import { evaluateMcda, isRanked, mcdaMethods, type McdaResult, type SensitivityReport } from '../core/mcda/document';
import { FieldError } from '../core/mcda/fields';
import { CR_LIMIT } from '../core/mcda/consistency';
import { cliNumber } from './figures';
import { readText } from './read-input';

export function registerMcda(program: Command) {
  program
    .command('mcda')
    .description(`xếp hạng phương án theo nhiều tiêu chí (multi-criteria decision analysis): ${mcdaMethods.join(', ')}`)
    .argument('<file>', 'tệp bài toán JSON (problem file, JSON)')
    .option('--json', 'in tài liệu JSON (print the JSON document)')
    // usage errors must reach runCli (exit 2) instead of commander exiting with 1 by itself
    .exitOverride()
    .action(async (file: string, flags: { json?: boolean }) => {
      const result = await runMcda(file);
      process.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : renderMcda(result));
    });
}

async function runMcda(file: string): Promise<McdaResult> {
  const text = await readText(file);
  const doc = readJsonDocument(text, file);
  try {
    return evaluateMcda(doc);
  } catch (err) {
    if (err instanceof FieldError) {
      const { line } = positionAt(text, err.path);
      throw new InputError(`${file}, line ${line}${err.path.length ? ', ' : ': '}${err.message}`, { file, line, field: err.where.field });
    }
    if (err instanceof InputError && !err.where.file) throw new InputError(`${file}: ${err.message}`, { file });
    throw err;
  }
}

// ---- the readable tables ----

function renderMcda(result: McdaResult): string {
  const out = !isRanked(result) ? renderWeights(result) : result.method === 'ahp' ? renderAhp(result as AhpResult) : renderDecision(result as DecisionResult);
  if (result.sensitivity) out.push('', ...renderSensitivity(result.sensitivity));
  return `${out.join('\n')}\n`;
}

function renderAhp(result: AhpResult): string[] {
  const criteria = Object.keys(result.weights);
  const alternatives = Object.keys(result.global);
  const out = [`Phương pháp (method): ahp — ${criteria.length} tiêu chí (criteria), ${alternatives.length} phương án (alternatives)`, ''];
  out.push(`Trọng số tiêu chí (criteria weights): ${levelSummary(result)}`);
  out.push(...revisitLines(result));
  out.push(...align([['Tiêu chí (criterion)', 'Trọng số (weight)'], ...criteria.map((c) => [c, cliNumber(result.weights[c])])]));
  out.push('', 'Trọng số cục bộ của phương án theo từng tiêu chí (local weights of the alternatives under each criterion):');
  const rows = criteria.map((c) => {
    const local = result.local[c];
    return [c, ...alternatives.map((a) => cliNumber(local.weights[a])), cliNumber(local.lambdaMax), cliNumber(local.cr)];
  });
  out.push(...align([['Tiêu chí (criterion)', ...alternatives, 'λmax', 'CR'], ...rows]));
  for (const c of criteria) {
    const lines = revisitLines(result.local[c]);
    if (lines.length) out.push(`${c}:`, ...lines);
  }
  out.push('', ...rankingTable(result.ranking, result.global, 'Ưu tiên tổng hợp (global priority)'));
  return out;
}

function renderWeights(result: AhpWeightsResult): string[] {
  const criteria = Object.keys(result.weights);
  return [
    `Phương pháp (method): ahp — ${criteria.length} tiêu chí (criteria), chỉ tính trọng số (weights only)`,
    '',
    `Trọng số tiêu chí (criteria weights): ${levelSummary(result)}`,
    ...revisitLines(result),
    ...align([['Tiêu chí (criterion)', 'Trọng số (weight)'], ...criteria.map((c) => [c, cliNumber(result.weights[c])])]),
  ];
}

function levelSummary(level: AhpLevel): string {
  const verdict = level.cr > CR_LIMIT ? `chưa nhất quán (inconsistent, CR > ${cliNumber(CR_LIMIT)})` : `nhất quán (consistent, CR ≤ ${cliNumber(CR_LIMIT)})`;
  const officials = level.officials ? ` — gộp ${level.officials} người bằng trung bình nhân (${level.officials} officials combined by geometric mean)` : '';
  return `λmax ${cliNumber(level.lambdaMax)} · CI ${cliNumber(level.ci)} · CR ${cliNumber(level.cr)} — ${verdict}${officials}`;
}

function revisitLines(level: AhpLevel): string[] {
  return (level.revisit ?? []).map(
    (r) => `  nên xem lại (revisit) ${r.judgment}: đã cho (given) ${cliNumber(r.given)}, nhất quán sẽ là (consistent would be) ${cliNumber(r.implied)}`,
  );
}

function renderDecision(result: DecisionResult): string[] {
  const criteria = Object.keys(result.weights);
  const scores = result.closeness ?? result.scores ?? {};
  const label = result.closeness ? 'Độ gần lý tưởng (closeness to ideal)' : 'Điểm (score)';
  const normalisation = result.method === 'topsis' ? 'chuẩn hóa vectơ (vector normalisation)' : 'chuẩn hóa min–max (min–max normalisation)';
  return [
    `Phương pháp (method): ${result.method}, ${normalisation} — ${criteria.length} tiêu chí (criteria), ${Object.keys(scores).length} phương án (alternatives)`,
    '',
    ...align([['Tiêu chí (criterion)', 'Trọng số (weight)'], ...criteria.map((c) => [c, cliNumber(result.weights[c])])]),
    '',
    ...rankingTable(result.ranking, scores, label),
  ];
}

function rankingTable(ranking: string[][], scores: Record<string, number>, label: string): string[] {
  const rows = [['Hạng (rank)', 'Phương án (option)', label]];
  let ahead = 0;
  for (const group of ranking) {
    for (const name of group) rows.push([String(ahead + 1), name, cliNumber(scores[name])]);
    ahead += group.length;
  }
  return align(rows);
}

function renderSensitivity(report: SensitivityReport): string[] {
  const how = report.resolution
    ? `tìm theo lưới bước ${report.resolution.step}, biên chính xác đến ${report.resolution.precision} (grid search, step ${report.resolution.step}, edges to ${report.resolution.precision})`
    : 'tính chính xác (exact)';
  const out = [
    'Độ nhạy theo trọng số (weight sensitivity): đổi một tiêu chí, các tiêu chí khác co giãn theo tỉ lệ (one criterion at a time, the others rescaled proportionally);',
    `  ${how}`,
  ];
  const head = ['Tiêu chí (criterion)', 'Trọng số (weight)', `${report.top} vẫn đứng đầu (stays first)`];
  if (report.topThree) head.push(`Giữ nhóm 3 đầu (same top 3: ${report.topThree.join(', ')})`);
  const rows = Object.entries(report.criteria).map(([name, c]) => [name, cliNumber(c.weight), range(c.first), ...(c.topThree ? [range(c.topThree)] : [])]);
  out.push(...align([head, ...rows]), '');

  const a = report.acceptability;
  const spread = a.distribution === 'uniform' ? 'đều trên đơn hình (uniform on the simplex)' : `Dirichlet quanh trọng số (around the weights), độ tập trung (concentration) ${cliNumber(a.concentration)}`;
  out.push(`Khả năng chấp nhận hạng (rank acceptability): ${a.draws} lượt rút trọng số (weight draws), ${spread}, hạt giống (seed) ${a.seed}`);
  const names = Object.keys(a.ranks);
  const ranks = names.map((_, r) => `Hạng ${r + 1} (rank ${r + 1})`);
  out.push(...align([['Phương án (option)', ...ranks], ...names.map((name) => [name, ...a.ranks[name].map((share) => `${cliNumber(share * 100)} %`)])]));
  return out;
}

function range([lo, hi]: [number, number]): string {
  return `${cliNumber(lo)}–${cliNumber(hi)}`;
}

function align(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => [...(row[c] ?? '')].length)));
  return rows.map((row) => row.map((text, c) => text + ' '.repeat(widths[c] - [...text].length)).join('  ').trimEnd());
}
