// An uploaded statistics file: a GSO PX-Web CSV export or the statistics template (CSV or .xlsx) — an
// index file goes to /api/indicators/import —, read whole by the importer, then stored or nothing is.
import { extname } from 'node:path';
import { InputError } from '../../core/errors';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { readOfficialBytes } from '../../importers/import-file';
import { sha256Of } from './import.service';
import { storeStatistics, type StatisticsReport } from './statistic.import';

export async function importStatisticsUpload(db: Db, actor: Actor, upload: { bytes: Uint8Array; name: string }, now: Date): Promise<StatisticsReport> {
  const notPxWeb = new InputError(
    `${upload.name} is neither a GSO PX-Web CSV export (a title line, then a header starting "Cities, provincies") nor the statistics template (its header row); index workbooks and PAPI CSVs go to /api/indicators/import.`,
    { file: upload.name },
    `${upload.name} không phải tệp CSV xuất từ PX-Web của Tổng cục Thống kê (dòng tên bảng, rồi dòng tiêu đề bắt đầu bằng "Cities, provincies") cũng không phải mẫu số liệu thống kê (dòng tiêu đề của mẫu); bảng tính chỉ số và CSV PAPI nhập ở /api/indicators/import.`,
  );
  if (!['.csv', '.xlsx'].includes(extname(upload.name).toLowerCase())) throw notPxWeb;
  const read = await readOfficialBytes(upload.bytes, upload.name);
  if (read.kind !== 'statistics') throw notPxWeb;
  return storeStatistics(db, actor, read.table, sha256Of(upload.bytes), now);
}
