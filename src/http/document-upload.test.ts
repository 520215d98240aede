// Documents attached by people: real PDFs (pdfkit) and DOCX files (the docx package) made here, and
// crafted bad ones — renamed, cut off, encrypted, a Word archive that claims to unpack to hundreds of
// megabytes or packs megabytes a thousandfold, a ZIP that only looks like Word. Each refusal is one
// sentence in both languages; expected texts are written by hand.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { zipOf } from '../../test/helpers/zip';
import { DEFAULT_ARCHIVE_LIMITS } from '../core/archive';
import type { DocumentLimits } from '../core/uploads';
import { docxBytes, heading, paragraph } from '../reports/docx';
import { FONT, createPdf, pdfBytes } from '../reports/pdf';
import { checkDocument } from './document-upload';
import { AppError } from './errors';

const MB = 1024 * 1024;
const limits: DocumentLimits = { maxBytes: 2 * MB, archive: { ...DEFAULT_ARCHIVE_LIMITS, maxUnpackedBytes: 50 * MB } };
const text = (s: string) => new TextEncoder().encode(s);
const WORD_TYPES = (main: string) =>
  text(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${main}"/></Types>`);
const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

let pdf: Buffer;
let docx: Buffer;
beforeAll(async () => {
  const doc = createPdf({ title: 'Tham luận', createdAt: new Date('2026-07-13T02:00:00Z') });
  doc.addPage().font(FONT.regular).fontSize(12).text('Tham luận về quy hoạch tỉnh Thừa Thiên Huế');
  pdf = await pdfBytes(doc);
  docx = await docxBytes({ title: 'Tham luận' }, [heading('Tham luận', 'title'), paragraph('Quy hoạch tỉnh Thừa Thiên Huế')]);
});

function refusal(name: string, bytes: Uint8Array, withLimits = limits) {
  try {
    checkDocument({ name, bytes }, withLimits);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return { status: err.status, code: err.code, vi: err.text.vi, en: err.text.en };
  }
  throw new Error(`${name} was accepted`);
}

/** The offset of `name`'s record in the central directory of `zip`. */
function centralRecord(zip: Buffer, name: string): number {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  for (let at = zip.readUInt32LE(end + 16); at < end; at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)) {
    if (zip.toString('utf8', at + 46, at + 46 + zip.readUInt16LE(at + 28)) === name) return at;
  }
  throw new Error(`${name} not in the archive`);
}

describe('checkDocument accepts', () => {
  it('a PDF and a Word document whose names agree with their bytes', () => {
    expect(checkDocument({ name: 'Tham luận Sở KH&ĐT.pdf', bytes: pdf }, limits)).toEqual({ name: 'Tham luận Sở KH&ĐT.pdf', mediaType: 'application/pdf', extension: 'pdf' });
    expect(checkDocument({ name: 'C:\\Tài liệu\\tham-luan.DOCX', bytes: docx }, limits)).toEqual({
      name: 'tham-luan.DOCX',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      extension: 'docx',
    });
  });
  it('a name without extension, given the one its bytes call for', () => {
    expect(checkDocument({ name: 'tham luan', bytes: docx }, limits).name).toBe('tham luan.docx');
    expect(checkDocument({ name: '', bytes: pdf }, limits).name).toBe('tai-lieu.pdf');
  });
});

describe('checkDocument refuses', () => {
  it('a file over the size cap, before looking at it', () => {
    const big = Buffer.concat([pdf, Buffer.alloc(Math.round(1.5 * MB) - pdf.length)]);
    expect(refusal('lon.pdf', big, { ...limits, maxBytes: MB })).toEqual({
      status: 413,
      code: 'upload.document_too_large',
      vi: 'Tệp lon.pdf nặng 1,5 MB, vượt giới hạn 1 MB.',
      en: 'lon.pdf is 1.5 MB, over the 1 MB limit.',
    });
  });
  it('a renamed file: a PDF called .docx, a Word document called .pdf', () => {
    expect(refusal('tham-luan.docx', pdf)).toMatchObject({ status: 400, code: 'upload.document_name', vi: 'Tên tệp "tham-luan.docx" có đuôi .docx nhưng nội dung là tệp PDF; hãy đặt tên có đuôi .pdf.' });
    expect(refusal('tham-luan.pdf', docx)).toMatchObject({ status: 400, code: 'upload.document_name', en: 'The file name "tham-luan.pdf" ends in .pdf but the file is a Word (DOCX) file; give it a name ending in .docx.' });
    expect(refusal('tham-luan.html', pdf)).toMatchObject({ status: 400, code: 'upload.document_name' });
  });
  it('what is neither PDF nor Word, whatever its name', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Số liệu').addRow(['Cần Thơ', 1]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const expected = { status: 415, code: 'upload.document_type', vi: 'Tệp so-lieu.pdf không phải tệp PDF hay Word (.docx) xét theo nội dung của nó; tệp có mật khẩu cần được lưu lại không mật khẩu.' };
    expect(refusal('so-lieu.pdf', xlsx)).toMatchObject(expected);
    expect(refusal('so-lieu.pdf', png)).toMatchObject(expected);
    expect(refusal('so-lieu.pdf', text('<html><script>alert(1)</script></html>'))).toMatchObject(expected);
    expect(refusal('so-lieu.pdf', new Uint8Array(0))).toMatchObject(expected);
  });
  it('a PDF cut off in transit', () => {
    expect(refusal('tham-luan.pdf', pdf.subarray(0, Math.floor(pdf.length / 2)))).toEqual({
      status: 400,
      code: 'upload.pdf_truncated',
      vi: 'Tệp tham-luan.pdf bị cắt cụt hoặc bị hỏng: thiếu phần kết thúc của tệp PDF.',
      en: 'tham-luan.pdf is cut off or damaged: it lacks the end of a PDF file.',
    });
  });
  it('a Word document cut off in transit', () => {
    expect(refusal('tham-luan.docx', docx.subarray(0, docx.length - 100))).toMatchObject({ status: 400, code: 'upload.not_archive', vi: 'Tệp tham-luan.docx không phải tệp nén ZIP đọc được (.xlsx, .docx).' });
  });
  it('an encrypted archive', () => {
    const encrypted = Buffer.from(docx);
    const at = centralRecord(encrypted, 'word/document.xml');
    encrypted.writeUInt16LE(encrypted.readUInt16LE(at + 8) | 1, at + 8);
    expect(refusal('tham-luan.docx', encrypted)).toMatchObject({ status: 400, code: 'upload.archive_unsupported' });
  });
  it('a Word archive whose header claims more unpacked bytes than allowed, before unpacking anything', () => {
    const bomb = Buffer.from(docx);
    bomb.writeUInt32LE(400 * MB, centralRecord(bomb, 'word/document.xml') + 24);
    expect(refusal('tham-luan.docx', bomb)).toEqual({
      status: 413,
      code: 'upload.unpacked_too_large',
      vi: 'Tệp tham-luan.docx giải nén ra ít nhất 400 MB, vượt giới hạn 50 MB.',
      en: 'tham-luan.docx unpacks to at least 400 MB, over the 50 MB limit.',
    });
  });
  it('a Word archive packing megabytes a thousandfold', () => {
    const bomb = zipOf([
      { name: '[Content_Types].xml', data: WORD_TYPES(WORD_MAIN) },
      { name: 'word/document.xml', data: new Uint8Array(4 * MB).fill(0x20) },
    ]);
    expect(refusal('tham-luan.docx', bomb)).toMatchObject({ status: 413, code: 'upload.ratio_too_high' });
  });
  it('a ZIP that only looks like Word: no Word main document declared, or declared but missing', () => {
    const body = { name: 'word/document.xml', data: text('<w:document/>') };
    const macro = zipOf([{ name: '[Content_Types].xml', data: WORD_TYPES('application/vnd.ms-word.document.macroEnabled.main+xml') }, body]);
    const missing = zipOf([{ name: '[Content_Types].xml', data: WORD_TYPES(WORD_MAIN) }, { name: 'word/other.xml', data: text('<x/>') }]);
    const expected = { status: 415, code: 'upload.not_word', vi: 'Tệp tham-luan.docx là tệp nén ZIP nhưng không phải văn bản Word (.docx).', en: 'tham-luan.docx is a ZIP archive but not a Word document (.docx).' };
    expect(refusal('tham-luan.docx', macro)).toEqual(expected);
    expect(refusal('tham-luan.docx', missing)).toEqual(expected);
    // The same parts with the Word main document declared pass: it is the declaration that was missing.
    expect(checkDocument({ name: 'tham-luan.docx', bytes: zipOf([{ name: '[Content_Types].xml', data: WORD_TYPES(WORD_MAIN) }, body]) }, limits).extension).toBe('docx');
  });
});
