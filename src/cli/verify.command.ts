// `doithoai verify FILE.csv`: recomputes the receipt chain of a consultation's anonymised ballots
// file, and with --receipt says whether one voter's ballot is in it. Exit 0 when the chain holds,
// 1 when it is broken or the receipt is missing, 2 when the file cannot be read as a ballots file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { findBrokenLink, shortReceipt, type ChainedBallot } from '../core/consultations/receipt';
import { parseCsv } from '../core/csv';
import { InputError } from '../core/errors';

export function registerVerify(program: Command) {
  program
    .command('verify')
    .description('kiểm tra chuỗi biên nhận của tệp phiếu (check the receipt chain of a ballots file)')
    .argument('<file>', 'ballots.csv from /api/consultations/{id}/ballots.csv')
    .option('--consultation <id>', 'consultation id (default: read from the file name ballots-<id>.csv)')
    .option('--receipt <code>', 'a receipt to look for (full, or the short form XXXX-XXXX-…)')
    .option('--json', 'print one JSON document')
    .action((file: string, opts: { consultation?: string; receipt?: string; json?: boolean }) => {
      const name = path.basename(file);
      const consultationId = opts.consultation ?? /ballots-([0-9a-f-]{36})\.csv$/i.exec(name)?.[1];
      if (!consultationId) throw new InputError(`${name}: give --consultation, the file name does not carry the consultation id.`);
      const ballots = readBallots(file, name);
      const broken = findBrokenLink(consultationId, ballots);
      const wanted = opts.receipt?.trim().toUpperCase();
      const found = wanted ? ballots.find((b) => b.receipt.toUpperCase() === wanted || shortReceipt(b.receipt) === wanted) : undefined;
      const report = { file: name, consultation: consultationId, ballots: ballots.length, chain: broken ? 'broken' : 'intact', brokenAt: broken, receipt: wanted ? { code: wanted, found: Boolean(found), seq: found?.seq } : undefined };
      if (opts.json) process.stdout.write(`${JSON.stringify(report)}\n`);
      else {
        process.stdout.write(`${name}: ${ballots.length} phiếu (ballots); chuỗi biên nhận (receipt chain): ${broken ? `ĐỨT tại phiếu ${broken.seq} (broken at ballot ${broken.seq}: ${broken.reason})` : 'nguyên vẹn (intact)'}\n`);
        if (wanted) process.stdout.write(found ? `Biên nhận ${wanted}: có, phiếu số ${found.seq} (found, ballot ${found.seq})\n` : `Biên nhận ${wanted}: KHÔNG có trong tệp (not in the file)\n`);
      }
      if (broken || (wanted && !found)) process.exitCode = 1;
    });
}

function readBallots(file: string, name: string): ChainedBallot[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(`${name}: cannot be read (${(err as NodeJS.ErrnoException).code}).`);
  }
  const [header, ...rows] = parseCsv(text);
  if (header?.fields.join(',') !== 'seq,group,cluster,choice,receipt') throw new InputError(`${name}, line 1: expected the header seq,group,cluster,choice,receipt.`);
  return rows.map(({ line, fields }) => {
    const [seq, group, cluster, choice, receipt] = fields;
    if (fields.length !== 5 || !/^\d+$/.test(seq) || !/^[0-9a-f]{64}$/.test(receipt)) throw new InputError(`${name}, line ${line}: expected 5 fields with a ballot number and a 64-digit receipt.`);
    let parsed: ChainedBallot['choice'];
    try {
      parsed = JSON.parse(choice);
    } catch {
      throw new InputError(`${name}, line ${line}: the choice column is not JSON.`);
    }
    return { seq: Number(seq), group: group || null, cluster: cluster || null, choice: parsed, receipt };
  });
}
