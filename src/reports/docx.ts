// Word documents for officials (the docx package): A4 with the margins of Vietnamese administrative
// documents, Times New Roman (LibreOffice substitutes a metric-compatible font that also covers
// Vietnamese), headings, plain paragraphs and tables. Text is normalised to NFC on the way in.
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type FileChild } from 'docx';

export type Block = FileChild;
type RunStyle = { bold?: boolean; italics?: boolean; color?: string; size?: number };

const FONT = 'Times New Roman';
const MM = 56.7; // twips per millimetre
const PAGE = { width: 210 * MM, height: 297 * MM, top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 20 * MM };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export const text = (value: string, style: RunStyle = {}) => new TextRun({ text: value.normalize('NFC'), ...style });

export function paragraph(runs: string | TextRun[], options: { spacingAfter?: number; align?: 'left' | 'center' } = {}): Paragraph {
  return new Paragraph({
    children: typeof runs === 'string' ? [text(runs)] : runs,
    spacing: { after: options.spacingAfter ?? 120 },
    alignment: options.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
  });
}

export function heading(value: string, level: 1 | 2 | 3 | 'title'): Paragraph {
  const levels = { title: HeadingLevel.TITLE, 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  return new Paragraph({ heading: levels[level], children: [text(value)], spacing: { before: level === 'title' ? 0 : 240, after: 120 } });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

/** A full-width table with a shaded header row that repeats on each page; `widths` in percent. */
export function table(header: string[], rows: (string | number)[][], widths: number[], align: ('left' | 'right')[] = []): Table {
  // Widths in twips as well as in the grid: LibreOffice lays out by the grid, Word by the cells.
  const twips = widths.map((w) => Math.round((TEXT_WIDTH * w) / 100));
  const cell = (value: string | number, i: number, head: boolean) =>
    new TableCell({
      width: { size: twips[i], type: WidthType.DXA },
      shading: head ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7EEF7' } : undefined,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [new Paragraph({ children: [text(String(value), { bold: head })], alignment: align[i] === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT })],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: twips,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, i, false)) })),
    ],
  });
}

export function docxBytes(meta: { title: string }, children: Block[]): Promise<Buffer> {
  const document = new Document({
    creator: 'Đối Thoại',
    title: meta.title.normalize('NFC'),
    styles: {
      default: {
        document: { run: { font: FONT, size: 26 } }, // 13 pt, the size of administrative documents
        title: { run: { font: FONT, size: 34, bold: true, color: '000000' } },
        heading1: { run: { font: FONT, size: 28, bold: true, color: '000000' } },
        heading2: { run: { font: FONT, size: 26, bold: true, color: '000000' } },
        heading3: { run: { font: FONT, size: 26, bold: true, italics: true, color: '000000' } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right } } },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
