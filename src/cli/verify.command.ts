// `doithoai verify FILE.csv`: checks a consultation's published ballots list — each part in its sorted
// order, as many receipts as ballots, the digest over both equal to the one the file states (and to
// the one on the results page, which it prints to compare) — and with --receipt says whether one
// voter's receipt is in it. Exit 0 when the list holds, 1 when it does not or the receipt is missing,
// 2 when the file cannot be read as a ballots file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { checkBallotList, receiptMatches, type BallotList } from '../core/consultations/receipt';
import { parseCsv } from '../core/csv.reader';
import { InputError } from '../core/errors';

export function registerVerify(program: Command) {
  program
    .command('verify')
    .description('kiểm tra danh sách phiếu công khai (check a published ballots list)')
    .argument('<file>', 'ballots.csv from /api/consultations/{id}/ballots.csv')
    .option('--consultation <id>', 'consultation id (default: read from the file name ballots-<id>.csv)')
    .option('--receipt <code>', 'a receipt to look for (full, or the short form XXXX-XXXX-…)')
    .option('--json', 'print one JSON document')
    .action((file: string, opts: { consultation?: string; receipt?: string; json?: boolean }) => {
      const name = path.basename(file);
      const consultationId = opts.consultation ?? /ballots-([0-9a-f-]{36})\.csv$/i.exec(name)?.[1];
      if (!consultationId) throw new InputError(`${name}: give --consultation, the file name does not carry the consultation id.`);
      const { list, digest } = readList(file, name);
      const problem = checkBallotList(consultationId, list, digest);
      const wanted = opts.receipt?.trim().toUpperCase();
      const found = wanted ? list.receipts.some((r) => receiptMatches(wanted, r)) : undefined;
      const report = { file: name, consultation: consultationId, ballots: list.ballots.length, receipts: list.receipts.length, digest, list: problem ? 'broken' : 'intact', problem, receipt: wanted ? { code: wanted, found } : undefined };
      if (opts.json) process.stdout.write(`${JSON.stringify(report)}\n`);
      else {
        const state = problem ? `KHÔNG KHỚP (does not hold: ${problem.detail})` : 'nguyên vẹn (intact)';
        process.stdout.write(`${name}: ${list.ballots.length} phiếu (ballots), ${list.receipts.length} biên nhận (receipts); danh sách (list): ${state}\n`);
        process.stdout.write(`Mã kiểm tra (digest): ${digest} — so với mã trên trang kết quả (compare with the results page)\n`);
        if (wanted) process.stdout.write(found ? `Biên nhận ${wanted}: có trong danh sách (found)\n` : `Biên nhận ${wanted}: KHÔNG có trong danh sách (not in the list)\n`);
      }
      if (problem || (wanted && !found)) process.exitCode = 1;
    });
}

const HEADER = 'kind,group,cluster,choice,code';

function readList(file: string, name: string): { list: BallotList; digest: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(`${name}: cannot be read (${(err as NodeJS.ErrnoException).code}).`);
  }
  const [header, ...rows] = parseCsv(text, name);
  if (header?.fields.join(',') !== HEADER) throw new InputError(`${name}, line 1: expected the header ${HEADER}.`);
  const list: BallotList = { ballots: [], receipts: [] };
  let digest: string | undefined;
  for (const { line, fields } of rows) {
    const [kind, group, cluster, choice, code] = fields;
    const where = `${name}, line ${line}`;
    if (fields.length !== 5) throw new InputError(`${where}: expected 5 fields.`);
    if (kind === 'ballot') list.ballots.push({ group: group || null, cluster: cluster || null, choice: parseChoice(choice, where) });
    else if ((kind === 'receipt' || kind === 'digest') && !/^[0-9a-f]{64}$/.test(code)) throw new InputError(`${where}: expected a 64-digit ${kind} in the code column.`);
    else if (kind === 'receipt') list.receipts.push(code);
    else if (kind === 'digest' && digest === undefined) digest = code;
    else throw new InputError(`${where}: expected a line of kind ballot or receipt, after one digest line.`);
  }
  if (digest === undefined) throw new InputError(`${name}: no digest line.`);
  return { list, digest };
}

function parseChoice(choice: string, where: string): BallotList['ballots'][number]['choice'] {
  try {
    return JSON.parse(choice);
  } catch {
    throw new InputError(`${where}: the choice column is not JSON.`);
  }
}
