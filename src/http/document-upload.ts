// A document someone attaches (PDF or Word .docx), accepted only when its bytes are what its name says,
// within a size cap and, for a DOCX, within the archive limits read from its central directory before
// anything is unpacked (ZIP64, encrypted or otherwise odd archives refused). Each refusal is an AppError
// with one sentence in Vietnamese and English. Routes call it before storing anything.
import { cleanFileName, evidenceName, evidenceType, type EvidenceType } from '../core/plans';
import { declaresWordDocument, pdfHasEnd, type DocumentLimits } from '../core/uploads';
import { checkArchive } from '../importers/archive';
import { AppError } from './errors';
import { uploadRefusal } from './uploads';

export type CheckedDocument = { name: string; mediaType: string; extension: 'pdf' | 'docx' };

const MB = 1024 * 1024;
const megabytes = (bytes: number) => Math.ceil((bytes / MB) * 10) / 10;

/** The name to keep the document under and its media type; throws the AppError that says what is wrong. */
export function checkDocument(file: { name: string; bytes: Uint8Array }, limits: DocumentLimits, unnamed = 'tai-lieu'): CheckedDocument {
  const name = cleanFileName(file.name, unnamed);
  if (file.bytes.byteLength > limits.maxBytes) throw AppError.of(413, 'upload.document_too_large', { file: name, size: megabytes(file.bytes.byteLength), max: Math.floor((limits.maxBytes / MB) * 10) / 10 });
  const type = evidenceType(file.bytes);
  // A file named .docx that is no Word archive: the archive's own reason (cut off, encrypted…), else "not Word".
  if (!type && /\.docx$/i.test(name)) {
    archiveEntries(file.bytes, name, limits);
    throw AppError.of(415, 'upload.not_word', { file: name });
  }
  if (type?.extension !== 'pdf' && type?.extension !== 'docx') throw AppError.of(415, 'upload.document_type', { file: name });
  const kept = keptName(name, type, unnamed);
  if (type.extension === 'pdf' && !pdfHasEnd(file.bytes)) throw AppError.of(400, 'upload.pdf_truncated', { file: kept });
  if (type.extension === 'docx' && !declaresWordDocument(file.bytes, archiveEntries(file.bytes, kept, limits))) throw AppError.of(415, 'upload.not_word', { file: kept });
  return { name: kept, mediaType: type.mediaType, extension: type.extension };
}

function keptName(name: string, type: EvidenceType, unnamed: string): string {
  const named = evidenceName(name, type, unnamed);
  if (!named.ok) throw AppError.of(400, 'upload.document_name', { file: named.name, given: named.given, type: type.label, expected: type.extension });
  return named.name;
}

function archiveEntries(bytes: Uint8Array, name: string, limits: DocumentLimits) {
  try {
    return checkArchive(bytes, name, limits.archive);
  } catch (err) {
    throw uploadRefusal(err) ?? err;
  }
}
