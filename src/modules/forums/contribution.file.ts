// A contribution's paper as uploaded (base64 in the JSON body): decoded, judged by its bytes and size
// (checkDocument, refusals in Vietnamese and English), and for a DOCX its words read for search.
import { createHash } from 'node:crypto';
import { wordText, type DocumentLimits } from '../../core/uploads';
import { checkDocument } from '../../http/document-upload';
import { checkArchive } from '../../importers/archive';

/** Enough of a paper's words for search; a tsvector holds at most 1 MB. */
const MAX_TEXT = 200_000;

export type ContributionFile = { fileName: string; fileType: string; fileSize: number; fileSha256: string; fileBytes: Buffer; fileText: string | null };
export const NO_FILE = { fileName: null, fileType: null, fileSize: null, fileSha256: null, fileBytes: null, fileText: null } as const;

export function readUpload(file: { name: string; base64: string }, limits: DocumentLimits): ContributionFile {
  const bytes = Buffer.from(file.base64, 'base64');
  const checked = checkDocument({ name: file.name, bytes }, limits, 'tham-luan');
  // checkDocument has passed the archive's limits; reading its directory again costs a few microseconds.
  const text = checked.extension === 'docx' ? wordText(bytes, checkArchive(bytes, checked.name, limits.archive), MAX_TEXT) : null;
  return { fileName: checked.name, fileType: checked.mediaType, fileSize: bytes.byteLength, fileSha256: createHash('sha256').update(bytes).digest('hex'), fileBytes: bytes, fileText: text };
}
