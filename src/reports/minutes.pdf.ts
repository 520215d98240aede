// The minutes of a forum as a PDF: the same model as the Word file (core/forums/minutes.ts), drawn
// with the shared pdfkit layout (Be Vietnam Pro embedded, so diacritics survive copying and pdftotext).
import type { MinutesDocument } from '../core/forums/minutes';
import { FONT, createPdf, pdfBytes } from './pdf';
import { MARGIN, WIDTH, drawTable, headingText, para } from './pdf-layout';

const GREY = '#555555';

export function minutesPdf(m: MinutesDocument): Promise<Buffer> {
  const doc = createPdf({ title: m.title, createdAt: m.createdAt, margin: MARGIN });
  doc.addPage();
  doc.font(FONT.bold).fontSize(11).text(m.heading, MARGIN, MARGIN, { width: WIDTH, align: 'center' }).moveDown(0.3);
  doc.fontSize(16).text(m.title, { width: WIDTH }).moveDown(0.3);
  for (const fact of m.facts) para(doc, fact, { color: GREY });
  for (const b of m.blocks) {
    if (b.kind === 'heading') headingText(doc, b.text, b.level === 1 ? 13 : 11);
    else if (b.kind === 'paragraph') para(doc, b.text, { label: b.label });
    else drawTable(doc, b);
  }
  para(doc, m.footer, { color: GREY, size: 8 });
  return pdfBytes(doc);
}
