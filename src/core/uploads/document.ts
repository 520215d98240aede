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

/** The part name of the Word main document that [Content_Types].xml declares and the archive holds, or null. */
function wordMainPart(bytes: Uint8Array, entries: readonly ZipEntry[]): string | null {
  const types = entries.find((e) => e.name === '[Content_Types].xml');
  if (!types || types.uncompressedSize > MAX_CONTENT_TYPES) return null;
  const xml = entryBytes(bytes, types);
  if (!xml) return null;
  const names = new Set(entries.map((e) => e.name));
  for (const [tag] of new TextDecoder().decode(xml).matchAll(/<Override\b[^>]*>/g)) {
    const part = attribute(tag, 'PartName');
    if (attribute(tag, 'ContentType') === WORD_MAIN && part?.startsWith('/') && names.has(part.slice(1))) return part.slice(1);
  }
  return null;
}

/**
 * Whether the archive (its entries as read by core/archive) declares a Word main document that it holds:
 * an <Override> in [Content_Types].xml with the wordprocessingml main content type whose part exists.
 * A macro-enabled document (.docm) declares another type and is refused.
 */
export const declaresWordDocument = (bytes: Uint8Array, entries: readonly ZipEntry[]): boolean => wordMainPart(bytes, entries) !== null;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return ENTITIES[name.toLowerCase()];
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

/**
 * The words of a Word document's main part (the text of its <w:t> runs, a line per paragraph), NFC, at most
 * `maxChars` long; null if it has none or cannot be read. For search only: tables, headers and notes beyond
 * the main part are not read. Call it on an archive that has passed its limits (checkArchive).
 */
export function wordText(bytes: Uint8Array, entries: readonly ZipEntry[], maxChars: number): string | null {
  const part = wordMainPart(bytes, entries);
  const entry = part === null ? undefined : entries.find((e) => e.name === part);
  const xml = entry && entryBytes(bytes, entry);
  if (!xml) return null;
  const lines: string[] = [];
  for (const [paragraph] of new TextDecoder().decode(xml).matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)) {
    const runs = [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]));
    if (runs.length) lines.push(runs.join(''));
  }
  const text = lines.join('\n').normalize('NFC').trim().slice(0, maxChars);
  return text || null;
}
