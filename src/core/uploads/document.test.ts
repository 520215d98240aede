// The two checks documents need beyond their type: a PDF's end marker, a Word main document declared
// in [Content_Types].xml however its XML is written, and the words of its main part for search. Archives are built by hand (test/helpers/zip.ts).
import { describe, expect, it } from 'vitest';
import { zipOf } from '../../../test/helpers/zip';
import { readCentralDirectory } from '../archive';
import { declaresWordDocument, pdfHasEnd, wordText } from '.';

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

describe('wordText', () => {
  const TYPES = `<Types><Override PartName="/word/main.xml" ContentType="${MAIN}"/></Types>`;
  function read(body: string, maxChars = 1000) {
    const zip = zipOf([{ name: '[Content_Types].xml', data: text(TYPES) }, { name: 'word/main.xml', data: text(`<w:document><w:body>${body}</w:body></w:document>`) }]);
    const dir = readCentralDirectory(zip);
    if (!dir.ok) throw new Error('unreadable test archive');
    return wordText(zip, dir.entries, maxChars);
  }

  it('joins the runs of each paragraph of the declared main part, a line per paragraph, entities and NFD letters read', () => {
    const body =
      '<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t>Quy ho</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">ạch đất </w:t></w:r><w:r><w:t>đai</w:t></w:r></w:p>' +
      '<w:p/><w:p><w:r><w:t>S&amp;T &#7897; Ca\u0302\u0300n Tho\u031b</w:t></w:r></w:p>';
    expect(read(body)).toBe('Quy hoạch đất đai\nS&T ộ Cần Thơ');
  });

  it('stops at the length asked for, and gives null for a document without words', () => {
    expect(read('<w:p><w:r><w:t>Thừa Thiên Huế</w:t></w:r></w:p>', 5)).toBe('Thừa ');
    expect(read('<w:p><w:r><w:drawing/></w:r></w:p>')).toBeNull();
  });
});
