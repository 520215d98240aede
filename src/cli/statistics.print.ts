// `doithoai indicators --index <datasetKey> --year Y [--unit 63|34]`: one statistics dataset's figures for a
// year, best first by its direction, the value as `score` (docs/contracts.md). A dataset not imported, a
// year not held, or a rate asked for on the 34 is one sentence and exit 2.
import type { Config } from '../config';
import { InputError } from '../core/errors';
import type { UnitSet } from '../core/localities/types';
import { AppError } from '../http/errors';
import type { DatasetScores } from '../modules/indicators';
import { cliNumber } from './figures';

export function isIndexKey(text: string): boolean {
  return ['PCI', 'PAPI', 'PGI'].includes(text.toUpperCase());
}

export async function printDataset(key: string, year: number, unit: UnitSet, config: Config, json: boolean): Promise<void> {
  const [{ openDatabase }, { migrateDatabase }, { datasetScores, presentDatasetForCli }] = await Promise.all([
    import('../db/connection'),
    import('../db/migrate'),
    import('../modules/indicators'),
  ]);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  let scores: DatasetScores;
  try {
    await migrateDatabase(database);
    scores = await datasetScores(database.db, key, year, unit);
  } catch (err) {
    if (err instanceof AppError && (err.status === 404 || err.status === 400)) throw new InputError(`${err.text.vi} (${err.text.en})`);
    throw err;
  } finally {
    await database.close();
  }
  const document = presentDatasetForCli(scores);
  process.stdout.write(json ? `${JSON.stringify(document, null, 2)}\n` : renderTable(scores, document));
}

function renderTable(scores: DatasetScores, document: ReturnType<typeof import('../modules/indicators').presentDatasetForCli>): string {
  const { dataset } = scores;
  const order =
    dataset.direction === 'higher-worse'
      ? 'thấp nhất trước (lowest first: higher is worse)'
      : dataset.direction === 'higher-better'
        ? 'cao nhất trước (highest first: higher is better)'
        : 'lớn nhất trước, chỉ theo quy mô (largest first, by size only)';
  const out = [
    `${dataset.name.vi} (${dataset.name.en}) — ${scores.year}${scores.preliminary ? ' sơ bộ (preliminary)' : ''}, ${dataset.unit.vi} (${dataset.unit.en})`,
    `Xếp hạng (ranking): ${order}`,
    `Nguồn (source): ${dataset.source.vi}; ${scores.source.file}, sha256 ${scores.source.sha256.slice(0, 12)}…`,
  ];
  for (const b of dataset.breaks) out.push(`Đứt gãy chuỗi số liệu (series break) ${b.year}: ${b.why.vi} (${b.why.en})`);
  if (scores.method) out.push(`Cách tính (method): ${scores.method.vi} (${scores.method.en})`);
  out.push('');
  for (const r of document.rows) {
    out.push(`${(r.rank === null ? '—' : String(r.rank)).padEnd(4)}${r.locality.code}  ${r.locality.name.padEnd(20)}${r.score === null ? '—' : cliNumber(r.score)}`);
  }
  return `${out.join('\n')}\n`;
}
