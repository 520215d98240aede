// `doithoai match FILE.json`: reciprocal matching for regional linkage (docs/contracts.md) — the
// disjoint pairs and 3-cycles of localities with the largest total mutual-benefit score. Reading the
// file happens here; the method is pure core code (src/core/linkage). `--json` prints the contract's
// document; otherwise each suggested exchange in words, Vietnamese first, with its score and formula.
import type { Command } from 'commander';
import { InputError } from '../core/errors';
import { formatNumber } from '../core/format';
import { explainExchange, matchExchanges, readMatchDocument, type MatchResult } from '../core/linkage';
import { cliNumber } from './figures';
import { readText } from './read-input';

export function registerMatch(program: Command) {
  program
    .command('match')
    .description('ghép cặp trao đổi có đi có lại giữa các địa phương (reciprocal matching for regional linkage): cặp và vòng ba')
    .argument('<file>', 'tệp JSON: localities, benefit, maxCycle (input file, JSON)')
    .option('--json', 'in tài liệu JSON (print the JSON document)')
    // usage errors must reach runCli (exit 2) instead of commander exiting with 1 by itself
    .exitOverride()
    .action(async (file: string, flags: { json?: boolean }) => {
      const result = await runMatch(file);
      process.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : renderMatch(result));
    });
}

async function runMatch(file: string): Promise<MatchResult> {
  const text = await readText(file);
  const input = readMatchDocument(text, file);
  try {
    return matchExchanges(input);
  } catch (err) {
    if (err instanceof InputError && !err.where.file) throw new InputError(`${file}: ${err.message}`, { file }, err.vi && `${file}: ${err.vi}`);
    throw err;
  }
}

function renderMatch(result: MatchResult): string {
  const count = result.exchanges.length;
  if (count === 0) {
    return 'Không có trao đổi nào mà mọi bên đều được lợi (no exchange gives every side something).\n';
  }
  const total = { vi: cliNumber(result.total), en: formatNumber(result.total, 'en', { digits: 4 }) };
  const out = [`Đề xuất ${count} trao đổi, tổng điểm ${total.vi} (exchanges suggested: ${count}, total score ${total.en}):`, ''];
  result.exchanges.forEach((e, k) => {
    const kind = e.members.length === 2 ? 'cặp (pair)' : 'vòng ba (3-cycle)';
    const who = e.members.length === 2 ? e.members.join(' ⇄ ') : [...e.members, e.members[0]].join(' → ');
    out.push(`${k + 1}. ${who} — ${kind}, điểm (score) ${cliNumber(e.score)}`);
    out.push(`   ${explainExchange(e, 'vi')}`);
    out.push(`   ${explainExchange(e, 'en')}`);
  });
  out.push('', 'Điểm của một trao đổi là trung bình điều hòa các lợi ích: bằng 0 khi có bên không được gì (an exchange scores the harmonic mean of its members\' gains: 0 when any side gains nothing).');
  return `${out.join('\n')}\n`;
}
