// What an evidence file really is, from its bytes — never from its name — and the name it is kept
// under, whose extension must agree with the bytes. Office files are ZIP archives; the parts listed
// in their central directory tell a Word document from an Excel workbook.
import { readCentralDirectory } from '../archive/central-directory';

export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;

export type EvidenceType = { mediaType: string; extension: 'pdf' | 'jpg' | 'png' | 'docx' | 'xlsx'; label: string };

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

const TYPES = {
  pdf: { mediaType: 'application/pdf', extension: 'pdf', label: 'PDF' },
  jpg: { mediaType: 'image/jpeg', extension: 'jpg', label: 'JPEG' },
  png: { mediaType: 'image/png', extension: 'png', label: 'PNG' },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', label: 'Word (DOCX)' },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', label: 'Excel (XLSX)' },
} as const satisfies Record<EvidenceType['extension'], EvidenceType>;

export function evidenceType(bytes: Uint8Array): EvidenceType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return TYPES.pdf;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return TYPES.jpg;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return TYPES.png;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const directory = readCentralDirectory(bytes);
    const names = directory.ok ? directory.entries.map((e) => e.name) : [];
    if (!names.includes('[Content_Types].xml')) return null;
    if (names.includes('word/document.xml')) return TYPES.docx;
    if (names.includes('xl/workbook.xml')) return TYPES.xlsx;
  }
  return null;
}

export const isArchive = (type: EvidenceType) => type.extension === 'docx' || type.extension === 'xlsx';

const EXTENSIONS: Record<EvidenceType['extension'], readonly string[]> = { pdf: ['pdf'], jpg: ['jpg', 'jpeg'], png: ['png'], docx: ['docx'], xlsx: ['xlsx'] };

/** An uploaded file's name without any folder part or control characters, NFC; `unnamed` if nothing is left. */
export const cleanFileName = (uploaded: string, unnamed: string) => (uploaded.normalize('NFC').split(/[/\\]/).pop() ?? '').replace(/\p{Cc}/gu, '').trim() || unnamed;

export type EvidenceName = { ok: true; name: string } | { ok: false; name: string; given: string };

/**
 * The name an evidence file is kept under: the uploaded name without any folder part or control
 * characters; a name with no extension gets the one its bytes call for, one with another extension is
 * refused (a PDF named report.html would otherwise be opened as a web page by whoever saves it).
 * A name that is empty once cleaned becomes `unnamed`.
 */
export function evidenceName(uploaded: string, type: EvidenceType, unnamed = 'minh-chung'): EvidenceName {
  const name = cleanFileName(uploaded, unnamed);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return { ok: true, name: `${name}.${type.extension}` };
  const given = name.slice(dot + 1).toLowerCase();
  return EXTENSIONS[type.extension].includes(given) ? { ok: true, name } : { ok: false, name, given };
}

/** The name a stored file is downloaded under: one kept before names were checked gets its true extension added. */
export function servedName(stored: string, mediaType: string): string {
  const type = Object.values(TYPES).find((t) => t.mediaType === mediaType);
  if (!type) return stored;
  const named = evidenceName(stored, type);
  return named.ok ? named.name : `${named.name}.${type.extension}`;
}
