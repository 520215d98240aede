// Uploaded archives (.xlsx, .docx) judged before anything reads them: the central directory must be
// readable in one way only and within the limits (core/archive). A refusal carries its HTTP status and
// message code, and is an InputError, so the command line prints it as one sentence.
import { archiveProblem, readCentralDirectory, type ArchiveLimits, type ZipEntry } from '../core/archive';
import { InputError } from '../core/errors';
import { message, type MessageCode } from '../i18n/messages';

export class UploadRefused extends InputError {
  constructor(
    readonly status: 400 | 413,
    readonly code: MessageCode,
    readonly params: Record<string, string | number>,
  ) {
    const text = message(code, params);
    super(text.en, { file: String(params.file ?? '') }, text.vi);
    this.name = 'UploadRefused';
  }
}

const MB = 1024 * 1024;
/** Whole megabytes, rounded down: the message says "at least". */
const megabytes = (bytes: number) => Math.floor(bytes / MB);

/** The entries of an archive that may be unpacked, or an UploadRefused saying why not. */
export function checkArchive(bytes: Uint8Array, file: string, limits: ArchiveLimits): ZipEntry[] {
  const directory = readCentralDirectory(bytes);
  if (!directory.ok) throw new UploadRefused(400, directory.reason === 'unsupported' ? 'upload.archive_unsupported' : 'upload.not_archive', { file });
  const problem = archiveProblem(directory.entries, limits);
  if (!problem) return directory.entries;
  switch (problem.kind) {
    case 'entries':
      throw new UploadRefused(413, 'upload.too_many_entries', { file, entries: problem.entries, max: problem.max });
    case 'unpacked':
      throw new UploadRefused(413, 'upload.unpacked_too_large', { file, size: megabytes(problem.bytes), max: megabytes(problem.max) });
    case 'ratio':
      throw new UploadRefused(413, 'upload.ratio_too_high', { file, entry: problem.entry, ratio: problem.ratio, max: problem.max });
  }
}
