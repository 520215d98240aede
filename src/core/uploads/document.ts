// Documents people attach (a forum contribution, …): PDF or Word (.docx), judged by their bytes. What the
// bytes are is core/plans' evidenceType and the archive limits are core/archive's; this adds what a
// document needs beyond them: a PDF must end as PDF files end (one cut off in transit does not), and a
// DOCX's [Content_Types].xml must declare a Word main document — a ZIP holding a file named
// word/document.xml is not enough. Only that one small part is unpacked, into a buffer of its declared
// size, after the archive's central directory has passed its limits.
import { inflateSync } from 'fflate';
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits, type ZipEntry } from '../archive';

export type DocumentLimits = {
  /** The file itself, in bytes. */
  maxBytes: number;
  /** What a DOCX may unpack to, judged from its central directory before anything is unpacked. */
  archive: ArchiveLimits;
};

export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = { maxBytes: 20 * 1024 * 1024, archive: DEFAULT_ARCHIVE_LIMITS };

/** Where "%%EOF" must appear: PDF readers look for it within the last kilobyte. */
const PDF_TAIL = 1024;
/** Word writes a [Content_Types].xml of one or two kilobytes; a larger one is not worth unpacking. */
const MAX_CONTENT_TYPES = 64 * 1024;
const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

/** Whether a PDF's last kilobyte holds its end-of-file marker. */
export function pdfHasEnd(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.byteLength - PDF_TAIL));
  return tail.includes('%%EOF', 0, 'latin1');
}

/** The bytes of one entry, unpacked into at most its declared size; null if it cannot be read. */
function entryBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return data;
  try {
    return inflateSync(data, { out: new Uint8Array(entry.uncompressedSize) });
  } catch {
    return null;
  }
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag)?.slice(1).find((v) => v !== undefined);

/**
 * Whether the archive (its entries as read by core/archive) declares a Word main document that it holds:
 * an <Override> in [Content_Types].xml with the wordprocessingml main content type whose part exists.
 * A macro-enabled document (.docm) declares another type and is refused.
 */
export function declaresWordDocument(bytes: Uint8Array, entries: readonly ZipEntry[]): boolean {
  const types = entries.find((e) => e.name === '[Content_Types].xml');
  if (!types || types.uncompressedSize > MAX_CONTENT_TYPES) return false;
  const xml = entryBytes(bytes, types);
  if (!xml) return false;
  const names = new Set(entries.map((e) => e.name));
  for (const [tag] of new TextDecoder().decode(xml).matchAll(/<Override\b[^>]*>/g)) {
    const part = attribute(tag, 'PartName');
    if (attribute(tag, 'ContentType') === WORD_MAIN && part?.startsWith('/') && names.has(part.slice(1))) return true;
  }
  return false;
}
