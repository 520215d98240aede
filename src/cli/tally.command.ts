// `doithoai tally`: counts a ballot file with one aggregation method (docs/contracts.md).
// Reading files happens here; parsing and counting are pure core code. `--json` prints the
// contract's document; otherwise a table with Vietnamese labels and English beside them.
import type { Command } from 'commander';
import { InputError } from '../core/errors';
import { readJsonDocument } from '../core/json.reader';
import { ballotFormats, parseBallots } from '../core/ballots/parse';
import { bootstrapStability, type Stability } from '../core/tally/stability';
import { tally } from '../core/tally/tally';
import { methodNames, type StakeholderWeights, type TallyResult, type TallyRound } from '../core/tally/types';
import { cliNumber } from './figures';
import { readText } from './read-input';

interface TallyFlags {
  method: string;
  seats?: string;
  format?: string;
  weights?: string;
  by?: string;
  json?: boolean;
  bootstrap?: string;
  seed: string;
}

export function registerTally(program: Command) {
  program
    .command('tally')
    .description('tổng hợp ưu tiên từ một tệp phiếu (aggregate preferences from a ballot file)')
    .argument('<file>', 'tệp phiếu (ballot file): .soc .soi .toc .toi .cat .blt .csv .json')
    .requiredOption('--method <method>', `phương pháp (method): ${methodNames.join(', ')}`)
    .option('--seats <n>', 'số ghế, cho stv (seats, for stv)')
    .option('--format <format>', `định dạng (format): ${ballotFormats.join(', ')}`)
    .option('--weights <file>', 'trọng số nhóm bên liên quan (stakeholder group weights), JSON {"groups": {...}}')
    .option('--by <dimensions>', 'kết quả riêng theo nhóm/cụm (also per): group, cluster or group,cluster')
    .option('--bootstrap <n>', 'số lần lấy mẫu lại để đo độ ổn định (bootstrap resamples)')
    .option('--seed <s>', 'hạt giống ngẫu nhiên (random seed)', '1')
    .option('--json', 'in tài liệu JSON (print the JSON document)')
    // usage errors must reach runCli (exit 2) instead of commander exiting with 1 by itself:
    // sub-commands do not inherit the exitOverride that runCli sets on the program afterwards
    .exitOverride()
    .action(async (file: string, flags: TallyFlags) => {
      const result = await runTally(file, flags);
      process.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : renderTable(result));
    });
}

async function runTally(file: string, flags: TallyFlags): Promise<TallyResult & { stability?: Stability }> {
  const seats = flags.seats === undefined ? undefined : wholeNumber(flags.seats, '--seats');
  const weights = flags.weights === undefined ? undefined : (readJsonDocument(await readText(flags.weights), flags.weights) as StakeholderWeights);
  const breakdown = (flags.by ?? '').split(',').filter(Boolean).map((by) => {
    if (by !== 'group' && by !== 'cluster') throw new InputError(`--by takes group, cluster or group,cluster, not "${by}".`);
    return by;
  });
  const profile = parseBallots(await readText(file), file, flags.format);
  const options = { method: flags.method, seats, weights, breakdown };
  try {
    const result: TallyResult & { stability?: Stability } = tally(profile, options);
    if (flags.bootstrap !== undefined) {
      const resamples = wholeNumber(flags.bootstrap, '--bootstrap');
      result.stability = bootstrapStability(profile, options, { resamples, seed: wholeNumber(flags.seed, '--seed', 0) });
    }
    return result;
  } catch (err) {
    // the core does not know the file; name it so the sentence says where the problem is
    if (err instanceof InputError && !err.where.file) throw new InputError(`${file}: ${err.message}`, { file });
    throw err;
  }
}

function wholeNumber(text: string, flag: string, least = 1): number {
  if (!/^\d+$/.test(text) || Number(text) < least) throw new InputError(`${flag} takes a whole number of at least ${least}, not "${text}".`);
  return Number(text);
}

// ---- the readable table ----

function renderTable(result: TallyResult & { stability?: Stability }): string {
  const out: string[] = [];
  out.push(`Phương pháp (method): ${result.method} — ${cliNumber(result.voters)} người bỏ phiếu (voters)`);
  if (result.seats !== undefined) out.push(`Số ghế (seats): ${result.seats}; hạn ngạch (quota): ${cliNumber(result.quota ?? 0)}`);
  out.push(`Thắng cử (winners): ${result.winners.join(', ') || '—'}`);
  if (result.score !== undefined) out.push(`Điểm Kemeny, số cặp đồng thuận (agreements of the best order): ${cliNumber(result.score)}`);
  out.push('');
  out.push(...rankingTable(result));
  if (result.rounds) out.push('', ...result.rounds.flatMap(renderRound));
  if (result.pairwise) out.push('', 'Ma trận cặp: số phiếu ưu tiên hàng hơn cột (pairwise: votes preferring row to column)', ...matrix(result));
  for (const tie of result.tieBreaks ?? []) {
    const rule = { 'earlier-rounds': 'theo các vòng trước (by earlier rounds)', 'candidate-order': 'theo thứ tự ứng viên (by candidate order)', 'first-optimal-order': 'thứ tự tối ưu đầu tiên (first optimal order)' }[tie.rule];
    out.push(`Phân định hòa (tie-break)${tie.round ? ` vòng ${tie.round}` : ''}: ${tie.among.join(', ')}${tie.chosen ? ` → ${tie.chosen}` : ''}, ${rule}`);
  }
  const weighting = result.weighting as Record<string, { share: number; voters: number }> | undefined;
  if (weighting) {
    out.push('', 'Trọng số nhóm (group weights):');
    for (const [group, w] of Object.entries(weighting)) out.push(`  ${group}: ${cliNumber(w.share * 100)} % (${cliNumber(w.voters)} phiếu / ballots)`);
  }
  for (const [key, label] of [['byGroup', 'Theo nhóm (by group)'], ['byCluster', 'Theo cụm (by cluster)']] as const) {
    const parts = result[key] as Record<string, TallyResult> | undefined;
    if (!parts) continue;
    out.push('', `${label}:`);
    for (const [name, part] of Object.entries(parts)) {
      out.push(`  ${name} (${cliNumber(part.voters)}): ${part.ranking.map((g) => g.join(' = ')).join(' > ')}`);
    }
  }
  if (result.stability) out.push('', ...renderStability(result.stability));
  return `${out.join('\n')}\n`;
}

function rankingTable(result: TallyResult): string[] {
  const columns: [string, (name: string) => string][] = [];
  if (result.scores) columns.push(['Điểm (score)', (name) => cell(result.scores![name])]);
  const medians = result.medians as Record<string, number | null> | undefined;
  if (medians) columns.push(['Trung vị (median)', (name) => cell(medians[name])]);
  const chance = result.chance as Record<string, number> | undefined;
  if (chance) columns.push(['Khả năng thắng (chance to beat another)', (name) => `${cliNumber(chance[name] * 100)} %`]);
  const rows: string[][] = [['Hạng (rank)', 'Phương án (option)', ...columns.map((c) => c[0])]];
  let ahead = 0;
  for (const group of result.ranking) {
    for (const name of group) rows.push([String(ahead + 1), name, ...columns.map((c) => c[1](name))]);
    ahead += group.length;
  }
  return align(rows);
}

function renderRound(round: TallyRound, k: number): string[] {
  const tally = Object.entries(round.tally).sort((a, b) => b[1] - a[1]).map(([name, votes]) => `${name} ${cliNumber(votes)}`);
  const lines = [`Vòng (round) ${k + 1}: ${tally.join(' · ')}${round.exhausted ? ` · hết hiệu lực (exhausted) ${cliNumber(round.exhausted)}` : ''}`];
  if (round.elected.length) lines.push(`  trúng cử (elected): ${round.elected.join(', ')}`);
  if (round.eliminated.length) lines.push(`  loại (eliminated): ${round.eliminated.join(', ')}`);
  const transfer = round.transfer;
  if (transfer) {
    const to = Object.entries(transfer.to).map(([name, votes]) => `${name} +${cliNumber(votes)}`);
    if (transfer.exhausted) to.push(`hết hiệu lực (exhausted) +${cliNumber(transfer.exhausted)}`);
    const what = transfer.reason === 'surplus' ? `phần dư (surplus), hệ số (factor) ${cliNumber(transfer.factor ?? 1)}` : 'phiếu của người bị loại (eliminated ballots)';
    lines.push(`  chuyển từ (transfer from) ${transfer.from}, ${what}: ${to.join(', ') || '—'}`);
  }
  return lines;
}

function matrix(result: TallyResult): string[] {
  const names = result.candidates;
  const rows = [['', ...names], ...names.map((row) => [row, ...names.map((col) => (row === col ? '—' : cliNumber(result.pairwise![row][col])))])];
  return align(rows);
}

function renderStability(stability: Stability): string[] {
  const lines = [`Độ ổn định (stability): ${stability.resamples} lần lấy mẫu lại (bootstrap resamples), hạt giống (seed) ${stability.seed}${stability.failed ? `, ${stability.failed} không tính được (could not be counted)` : ''}`];
  for (const { k, share } of stability.topSame) lines.push(`  top ${k} giống nhau trong ${cliNumber(share * 100)} % số lần (same top ${k} in ${cliNumber(share * 100)} % of resamples)`);
  const rows = [['Phương án (option)', 'Khoảng hạng 90 % (90 % rank interval)', 'Tỉ lệ hạng 1 (share at rank 1)']];
  for (const [name, [lo, hi]] of Object.entries(stability.rankInterval90)) rows.push([name, lo === hi ? String(lo) : `${lo}–${hi}`, `${cliNumber(stability.rankShares[name][0] * 100)} %`]);
  return [...lines, ...align(rows).map((line) => `  ${line}`)];
}

function align(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => [...(row[c] ?? '')].length)));
  return rows.map((row) => row.map((text, c) => text + ' '.repeat(widths[c] - [...text].length)).join('  ').trimEnd());
}

function cell(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : cliNumber(value);
}
