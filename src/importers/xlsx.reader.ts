// Office Open XML workbooks (.xlsx) to grids. An .xlsx is a ZIP archive that may unpack to a thousand
// times its size, so: the central directory is checked against the limits first (archive.ts), then a
// worker thread with a heap cap and a time limit checks the real unpacked sizes and parses the
// workbook through exceljs (xlsx.worker.cjs). Formula cells give their cached result, rich text its
// plain text, so the parsers see what Excel shows.
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from '../core/archive';
import { InputError } from '../core/errors';
import { UploadRefused, checkArchive } from './archive';
import { gridsFromWorker, type Grid } from './grid';
import { runWorker, type WorkerLimits } from './worker-run';

const WORKER = new URL('./xlsx.worker.cjs', import.meta.url);
export const XLSX_WORKER_LIMITS: WorkerLimits = { timeMs: 30_000, memoryMb: 512 };

const unreadable = (file: string) => new InputError(`${file} is not a readable .xlsx workbook.`, { file }, `${file} không phải bảng tính .xlsx đọc được.`);

export async function readXlsxGrids(bytes: Uint8Array, file: string, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): Promise<Grid[]> {
  const entries = notArchiveAsUnreadable(() => checkArchive(bytes, file, limits), file);
  const outcome = await runWorker(WORKER, { workerData: { bytes, entries } }, XLSX_WORKER_LIMITS);
  if (!outcome.ok) {
    if (outcome.why === 'failed') throw unreadable(file);
    throw new UploadRefused(413, 'upload.too_heavy', { file });
  }
  const answer = (outcome.answer ?? {}) as { sheets?: unknown; refused?: unknown; entry?: unknown };
  if (answer.refused === 'sizes') throw new UploadRefused(400, 'upload.sizes_disagree', { file, entry: String(answer.entry) });
  const grids = gridsFromWorker(answer.sheets);
  if (!grids) throw unreadable(file);
  return grids;
}

/** Bytes that are no archive at all are simply not a workbook, and are told so in a workbook's words. */
function notArchiveAsUnreadable<T>(check: () => T, file: string): T {
  try {
    return check();
  } catch (err) {
    throw err instanceof UploadRefused && err.code === 'upload.not_archive' ? unreadable(file) : err;
  }
}
