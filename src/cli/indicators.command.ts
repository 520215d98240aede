// `doithoai indicators --index PCI --year 2016 [--unit 63|34]`: the imported scores of one edition, best
// first (docs/contracts.md). `--json` prints the contract's document; otherwise a table with the
// sub-indices numbered and named below it. On the 34, every row says which of the 63 it was formed from.
import type { Command } from 'commander';
import { loadConfig } from '../config';
import { InputError } from '../core/errors';
import { indexFramework } from '../core/indices/frameworks';
import type { UnitSet } from '../core/localities/types';
import { AppError } from '../http/errors';
import type { EditionScores, presentEditionForCli } from '../modules/indicators';
import { cliFixed } from './figures';
import { isIndexKey, printDataset } from './statistics.print';
import { indexFlag, yearFlag } from './import.command';

interface IndicatorFlags {
  index: string;
  year: string;
  unit: string;
  data?: string;
  json?: boolean;
}

export function registerIndicators(program: Command) {
  program
    .command('indicators')
    .description('điểm chỉ số đã nhập của một kỳ (the imported scores of one edition)')
    .requiredOption('--index <index>', 'PCI | PAPI | PGI, or a statistics dataset key (gso.poverty-rate)')
    .requiredOption('--year <year>', 'năm (year)')
    .option('--unit <unit>', 'đơn vị: 63 tỉnh cũ hoặc 34 tỉnh mới (units: the 63 as published, or the 34 re-aggregated)', '63')
    .option('--data <dir>', 'thư mục dữ liệu nhúng (embedded data folder), default $DOITHOAI_DATA or ./data')
    .option('--json', 'in tài liệu JSON (print the JSON document)')
    .exitOverride()
    .action(async (flags: IndicatorFlags) => {
      const year = yearFlag(flags.year)!;
      if (flags.unit !== '63' && flags.unit !== '34') throw new InputError(`--unit takes 63 or 34, not "${flags.unit}".`);
      const unit = Number(flags.unit) as UnitSet;
      const config = loadConfig(process.env, { dataDir: flags.data });
      if (!isIndexKey(flags.index)) {
        await printDataset(flags.index, year, unit, config, flags.json === true);
        return;
      }
      const index = indexFlag(flags.index)!;
      const [{ openDatabase }, { migrateDatabase }, { editionScores, presentEditionForCli }] = await Promise.all([
        import('../db/connection'),
        import('../db/migrate'),
        import('../modules/indicators'),
      ]);
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      let scores: EditionScores;
      try {
        await migrateDatabase(database);
        scores = await editionScores(database.db, index, year, unit);
      } catch (err) {
        // "not imported" is a question the data cannot answer, said in one sentence with exit 2
        if (err instanceof AppError && err.status === 404) throw new InputError(`${err.text.vi} (${err.text.en})`);
        throw err;
      } finally {
        await database.close();
      }
      const document = presentEditionForCli(scores);
      process.stdout.write(flags.json ? `${JSON.stringify(document, null, 2)}\n` : renderTable(scores, document));
    });
}

function renderTable(scores: EditionScores, document: ReturnType<typeof presentEditionForCli>): string {
  const dimensions = indexFramework(scores.index, scores.year).dimensions;
  const units = scores.unit === 63 ? '63 tỉnh, thành như công bố (the 63 provinces, as published)' : '34 tỉnh, thành từ 1/7/2025 (the 34 provinces since 1 July 2025)';
  const out = [
    `${scores.index} ${scores.year} — ${units}`,
    `Nguồn (source): ${scores.source.file}, sha256 ${scores.source.sha256.slice(0, 12)}…, ${scores.source.importedAt.toISOString().slice(0, 10)}`,
  ];
  if (document.method) out.push(`Cách tính (method): ${document.method}`);
  out.push('');
  const header = ['Hạng (rank)', 'Mã (code)', 'Tỉnh, thành (province)', 'Điểm (score)', ...dimensions.map((_, i) => String(i + 1))];
  if (scores.unit === 34) header.push('Gộp từ (formed from)');
  const rows = document.rows.map((r) => {
    const cells = [r.rank === null ? '—' : String(r.rank), r.locality.code, r.locality.name, num(r.score), ...dimensions.map((d) => num(r.dimensions[d.key]))];
    if ('constituents' in r && r.constituents) cells.push(r.constituents.map((c) => c.name).join(', '));
    return cells;
  });
  out.push(...align([header, ...rows]));
  out.push('', 'Chỉ số thành phần (dimensions):', ...dimensions.map((d, i) => `  ${i + 1}. ${d.vi} (${d.en}) — ${d.key}`));
  return `${out.join('\n')}\n`;
}

function num(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : cliFixed(value, 2);
}

function align(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => [...(row[c] ?? '')].length)));
  return rows.map((row) => row.map((text, c) => text + ' '.repeat(widths[c] - [...text].length)).join('  ').trimEnd());
}
