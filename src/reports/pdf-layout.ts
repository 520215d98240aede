// Flowing A4 reports in pdfkit: headings, paragraphs and ruled tables whose rows continue on the next
// page under a repeated header, inside one margin. Used by the priority exercise report and the forum
// minutes; the document itself comes from pdf.ts (createPdf, with Be Vietnam Pro).
import { A4, FONT, type Pdf } from './pdf';

export const MARGIN = 48;
export const WIDTH = A4.width - 2 * MARGIN;
const BOTTOM = A4.height - MARGIN;

/** `widths` in percent of the text width. */
export type PdfTable = { header: string[]; rows: string[][]; widths: number[]; align?: ('left' | 'right')[] };

/** Starts a new page unless `height` points still fit on this one. */
export function room(doc: Pdf, height: number) {
  if (doc.y + height > BOTTOM) doc.addPage();
}

export function headingText(doc: Pdf, value: string, size: number) {
  room(doc, size * 3);
  doc.moveDown(0.6).font(FONT.bold).fontSize(size).fillColor('black').text(value, MARGIN, doc.y, { width: WIDTH }).moveDown(0.3);
  doc.font(FONT.regular);
}

/** A paragraph; a `label` starts it in bold. */
export function para(doc: Pdf, value: string, options: { size?: number; color?: string; label?: string } = {}) {
  doc.font(FONT.regular).fontSize(options.size ?? 9.5).fillColor(options.color ?? 'black');
  const whole = options.label ? `${options.label} ${value}` : value;
  room(doc, doc.heightOfString(whole, { width: WIDTH }) > 200 ? 40 : doc.heightOfString(whole, { width: WIDTH }));
  if (options.label) doc.font(FONT.bold).text(`${options.label} `, MARGIN, doc.y, { width: WIDTH, continued: true }).font(FONT.regular).text(value);
  else doc.text(value, MARGIN, doc.y, { width: WIDTH });
  doc.moveDown(0.35);
}

export function drawTable(doc: Pdf, t: PdfTable, size = 8) {
  const widths = t.widths.map((w) => (w / 100) * WIDTH);
  const pad = 3;
  const rowHeight = (cells: string[], bold: boolean) => {
    doc.font(bold ? FONT.bold : FONT.regular).fontSize(size);
    return Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i] - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: string[], head: boolean) => {
    const h = rowHeight(cells, head);
    if (doc.y + h > BOTTOM) {
      doc.addPage();
      if (!head) drawRow(t.header, true);
    }
    const y = doc.y;
    let x = MARGIN;
    if (head) doc.save().rect(MARGIN, y, WIDTH, h).fill('#e7eef7').restore();
    cells.forEach((c, i) => {
      doc.save().lineWidth(0.4).strokeColor('#999999').rect(x, y, widths[i], h).stroke().restore();
      doc.font(head ? FONT.bold : FONT.regular).fontSize(size).fillColor('black').text(c, x + pad, y + pad, { width: widths[i] - 2 * pad, align: t.align?.[i] === 'right' ? 'right' : 'left' });
      x += widths[i];
    });
    doc.x = MARGIN;
    doc.y = y + h;
  };
  drawRow(t.header, true);
  for (const r of t.rows) drawRow(r, false);
  doc.moveDown(0.6);
}
