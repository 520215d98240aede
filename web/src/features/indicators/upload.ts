// Sends an index file to the server with XMLHttpRequest rather than fetch: only XHR reports how much of
// the body has gone up, which a 20 MB workbook on a slow line needs. The answer is the import report, or
// the server's error with the list of bad rows.
import { ApiError } from '../../shared/api/client';
import { paths, type ImportProblem, type ImportReport } from './api';

export class UploadRejected extends ApiError {
  constructor(
    status: number,
    code: string,
    vi: string,
    en: string,
    readonly problems: ImportProblem[],
  ) {
    super(status, code, vi, en);
  }
}

/**
 * Whether a CSV goes to the statistics import: a GSO PX-Web export (a title line, then `;`-separated
 * lines) or the statistics template (its first header "Mã bộ số liệu (dataset key)"). An .xlsx template
 * cannot be told here; the index import refuses it with its own code and the page sends it on.
 */
export async function isStatisticsCsv(file: File): Promise<boolean> {
  if (!/\.csv$/i.test(file.name)) return false;
  const lines = (await file.slice(0, 4096).text()).replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 5);
  if (/^"?Mã bộ số liệu/.test(lines[0].normalize('NFC'))) return true;
  return lines.length >= 3 && lines[0].trim() !== '' && !lines[0].includes(';') && lines.slice(1).some((l) => l.includes(';'));
}

export interface UploadOptions {
  file: File;
  /** Null for a caller signed in without a session (an API token), who needs none. */
  csrfToken: string | null;
  index?: string;
  year?: string;
  /** 0…1 while the body goes up; the server then checks the whole file before it answers. */
  onProgress: (share: number) => void;
  /** Where to send it: the index import (default) or the statistics import. */
  to?: string;
}

export function uploadIndexFile<R = ImportReport>({ file, csrfToken, index, year, onProgress, to = paths.import }: UploadOptions): { done: Promise<R>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const query = new URLSearchParams({ name: file.name });
  if (index) query.set('index', index);
  if (year) query.set('year', year);
  const done = new Promise<R>((resolve, reject) => {
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.upload.onload = () => onProgress(1);
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: reported as an error below
      }
      if (xhr.status === 200 && body) return resolve(body as R);
      const error = (body as { error?: { code?: string; vi?: string; en?: string; problems?: ImportProblem[] } } | null)?.error;
      reject(new UploadRejected(xhr.status, error?.code ?? 'http', error?.vi ?? '', error?.en ?? '', error?.problems ?? []));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network'));
    xhr.onabort = () => reject(new ApiError(0, 'aborted'));
  });
  xhr.open('POST', `${to}?${query}`);
  xhr.withCredentials = true;
  xhr.setRequestHeader('content-type', 'application/octet-stream');
  xhr.setRequestHeader('accept', 'application/json');
  if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
  xhr.send(file);
  return { done, abort: () => xhr.abort() };
}
