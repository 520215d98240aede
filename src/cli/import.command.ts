// `doithoai import FILE`: reads an official PCI/PAPI workbook, PAPI CSV or GSO PX-Web table and stores its figures
// (docs/contracts.md). The whole file is checked before the database is even opened: on any bad row,
// every problem is listed on stderr, nothing is stored, and the exit code is 2. Importing the same
// file again changes nothing, and the output says so.
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { loadConfig } from '../config';
import { InputError } from '../core/errors';
import type { IndexKey } from '../core/indices/types';
import { LOCALITIES_63 } from '../core/localities/units';
import type { Actor } from '../http/actor';
import type { RowProblem } from '../importers/problems';
import type { EditionOutcome, ImportReport, StatisticsReport } from '../modules/indicators';

interface ImportFlags {
  index?: string;
  year?: string;
  data?: string;
  json?: boolean;
}

export function registerImport(program: Command) {
  program
    .command('import')
    .description('nhập số liệu chỉ số từ tệp chính thức (import index figures from an official file)')
    .argument('<file>', 'PCI/PAPI workbook (.xlsx, .xls), PAPI CSV (Province,SC11,…,SC83) or GSO PX-Web CSV export')
    .option('--index <index>', 'pci | papi | pgi (default: read from the file)')
    .option('--year <year>', 'năm (year; default: read from the file or its name)')
    .option('--data <dir>', 'thư mục dữ liệu nhúng (embedded data folder), default $DOITHOAI_DATA or ./data')
    .option('--json', 'in tài liệu JSON (print the JSON document)')
    .exitOverride()
    .action(async (file: string, flags: ImportFlags) => {
      const options = { index: indexFlag(flags.index), year: yearFlag(flags.year) };
      const config = loadConfig(process.env, { dataDir: flags.data });
      const [{ readOfficialFile }, { IndexFileError }] = await Promise.all([import('../importers/import-file'), import('../importers/problems')]);
      let parsed;
      try {
        parsed = await readOfficialFile(file, options);
      } catch (err) {
        if (!(err instanceof IndexFileError)) throw err;
        process.stderr.write(badFileReport(err.file, err.problems));
        if (flags.json) process.stdout.write(`${JSON.stringify({ file: err.file, imported: false, problems: err.problems }, null, 2)}\n`);
        process.exitCode = 2;
        return;
      }
      const [{ openDatabase }, { migrateDatabase }, indicators] = await Promise.all([import('../db/connection'), import('../db/migrate'), import('../modules/indicators')]);
      const sha256 = indicators.sha256Of(await readFile(file));
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        await migrateDatabase(database);
        const where = `${database.kind} ${database.location}`;
        if (parsed.kind === 'statistics') {
          const report = await indicators.storeStatistics(database.db, commandLineActor(), parsed.table, sha256, new Date());
          process.stdout.write(flags.json ? `${JSON.stringify(indicators.presentStatisticsImport(report), null, 2)}\n` : describeStatistics(report, where));
          return;
        }
        const report = await indicators.storeImport(database.db, commandLineActor(), parsed.result, sha256, new Date());
        process.stdout.write(flags.json ? `${JSON.stringify(indicators.presentIndexImportForCli(report), null, 2)}\n` : describeReport(report, where));
      } finally {
        await database.close();
      }
    });
}

export function indexFlag(text: string | undefined): IndexKey | undefined {
  if (text === undefined) return undefined;
  const key = text.toUpperCase();
  if (key !== 'PCI' && key !== 'PAPI' && key !== 'PGI') throw new InputError(`--index takes pci, papi or pgi, not "${text}".`);
  return key;
}

export function yearFlag(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text)) throw new InputError(`--year takes a year such as 2016, not "${text}".`);
  return Number(text);
}

/** Whoever runs the command on the server's machine acts as an administrator; the audit names them. */
function commandLineActor(): Actor {
  let who = 'unknown user';
  try {
    who = userInfo().username;
  } catch {
    // no passwd entry (some containers): the label still says it came from the command line
  }
  return { userId: null, label: `command line: doithoai import (${who})`, platformRole: 'administrator', spaceRoles: new Map(), via: 'admin-token' };
}

/** Every problem on one line: where (sheet, row, column), then what, in Vietnamese and then in English. */
function badFileReport(file: string, problems: readonly RowProblem[]): string {
  const rows = new Set(problems.map((p) => `${p.sheet}\u0000${p.row}`)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const lines = problems.map((p) => {
    const where = [`sheet ${p.sheet}`, p.row === null ? null : `row ${p.row}`, p.column === null ? null : `column ${p.column}`].filter(Boolean).join(', ');
    return `  ${where}: ${p.vi} — ${p.en}`;
  });
  const head =
    `doithoai: không nhập tệp ${file} vì có ${problems.length} lỗi ở ${rows} dòng; chưa ghi gì — ` +
    `${file} was not imported because of ${plural(problems.length, 'problem')} in ${plural(rows, 'row')}; nothing was stored:`;
  return `${head}\n${lines.join('\n')}\n`;
}

const nameOf = (code: string) => LOCALITIES_63.find((u) => u.code === code)?.name ?? code;

function describeEdition(e: EditionOutcome): string[] {
  const head = `  ${e.index} ${e.year}: `;
  const lines = [
    e.outcome === 'created'
      ? `${head}đã nhập ${e.rows} tỉnh, thành (imported ${e.rows} provinces)`
      : e.outcome === 'replaced'
        ? `${head}đã thay số liệu lấy từ ${e.previous?.file} bằng ${e.rows} tỉnh, thành của tệp này (replaced the figures from ${e.previous?.file}; audited)`
        : e.reason === 'same-file'
          ? `${head}không thay đổi — tệp này đã được nhập trước đó (unchanged: this very file was imported before)`
          : `${head}không thay đổi — số liệu trùng khớp với số liệu đã lưu từ ${e.previous?.file} (unchanged: the same figures are stored from ${e.previous?.file})`,
  ];
  for (const gap of e.gaps) {
    lines.push(`    ${nameOf(gap.localityCode)}: nhà công bố để trống (left blank by the publisher) ${gap.missing.join(', ')}`);
  }
  return lines;
}

function describeReport(report: ImportReport, where: string): string {
  const lines = [`${report.file} (${report.index}, sha256 ${report.sha256.slice(0, 12)}…)`, ...report.editions.flatMap(describeEdition)];
  lines.push(report.changed ? `Đã lưu vào (stored in) ${where}` : `Không có gì thay đổi (nothing changed) in ${where}`);
  return `${lines.join('\n')}\n`;
}

function describeStatistics(report: StatisticsReport, where: string): string {
  const lines = [`${report.file} (GSO: ${report.title}, sha256 ${report.sha256.slice(0, 12)}…)`];
  for (const d of report.datasets) {
    const span = `${d.years[0]}–${d.years[d.years.length - 1]}`;
    const what =
      d.outcome === 'unchanged'
        ? 'không thay đổi — số liệu trùng khớp với số liệu đã lưu (unchanged: the same figures are stored)'
        : `đã ghi ${d.changedYears.length} năm, ${d.localities} tỉnh, thành (${d.outcome === 'created' ? 'imported' : 'updated'} ${d.changedYears.length} years, ${d.localities} provinces)`;
    lines.push(`  ${d.key} — ${d.name.vi} (${d.unit.vi}), ${span}: ${what}`);
  }
  for (const s of report.setAside) lines.push(`  dòng (line) ${s.line} "${s.name}": ${s.vi} — ${s.en}`);
  lines.push(report.changed ? `Đã lưu vào (stored in) ${where}` : `Không có gì thay đổi (nothing changed) in ${where}`);
  return `${lines.join('\n')}\n`;
}
