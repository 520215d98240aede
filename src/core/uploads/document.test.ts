// The two checks documents need beyond their type: a PDF's end marker, a Word main document declared
// in [Content_Types].xml however its XML is written. Archives are built by hand (test/helpers/zip.ts).
import { describe, expect, it } from 'vitest';
import { zipOf } from '../../../test/helpers/zip';
import { readCentralDirectory } from '../archive';
import { declaresWordDocument, pdfHasEnd } from '.';

const text = (s: string) => new TextEncoder().encode(s);
const MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

function declares(types: string, method: 0 | 8 = 8) {
  const zip = zipOf([{ name: '[Content_Types].xml', data: text(types), method }, { name: 'word/document.xml', data: text('<w:document/>') }]);
  const read = readCentralDirectory(zip);
  if (!read.ok) throw new Error('unreadable test archive');
  return declaresWordDocument(zip, read.entries);
}

describe('pdfHasEnd', () => {
  it('finds %%EOF in the last kilobyte, with the line ends and padding some writers add', () => {
    expect(pdfHasEnd(text('%PDF-1.7\n…\n%%EOF\n'))).toBe(true);
    expect(pdfHasEnd(text(`%PDF-1.7\n%%EOF\r\n${' '.repeat(900)}`))).toBe(true);
  });
  it('does not find it in a file cut before it, or far from the end', () => {
    expect(pdfHasEnd(text('%PDF-1.7\n1 0 obj'))).toBe(false);
    expect(pdfHasEnd(text(`%PDF-1.7\n%%EOF\n${'x'.repeat(2000)}`))).toBe(false);
  });
});

describe('declaresWordDocument', () => {
  it('reads the Override whatever its quotes, attribute order and spacing, stored or deflated', () => {
    expect(declares(`<Types><Override PartName="/word/document.xml" ContentType="${MAIN}"/></Types>`)).toBe(true);
    expect(declares(`<Types><Override ContentType='${MAIN}'\n  PartName = '/word/document.xml' /></Types>`, 0)).toBe(true);
  });
  it('needs the main document type on the very part the archive holds', () => {
    expect(declares(`<Types><Default Extension="xml" ContentType="${MAIN}"/></Types>`)).toBe(false);
    expect(declares(`<Types><Override PartName="/word/other.xml" ContentType="${MAIN}"/></Types>`)).toBe(false);
    expect(declares(`<Types><Override PartName="/word/document.xml" ContentType="${MAIN}x"/></Types>`)).toBe(false);
    expect(declares('not xml at all')).toBe(false);
  });
});
