// The minutes of a forum as a Word document: the model of core/forums/minutes.ts laid out with the
// shared Word helpers (A4, Times New Roman 13 pt, shaded table headers).
import type { MinutesBlock, MinutesDocument } from '../core/forums/minutes';
import { docxBytes, heading, paragraph, table, text, type Block } from './docx';

function block(b: MinutesBlock): Block {
  switch (b.kind) {
    case 'heading':
      return heading(b.text, b.level);
    case 'paragraph':
      return b.label ? paragraph([text(b.label, { bold: true }), text(` ${b.text}`)]) : paragraph(b.text);
    case 'table':
      return table(b.header, b.rows, b.widths, b.align);
  }
}

export function minutesDocx(m: MinutesDocument): Promise<Buffer> {
  const blocks: Block[] = [paragraph([text(m.heading, { bold: true })], { align: 'center', spacingAfter: 60 }), heading(m.title, 'title')];
  blocks.push(...m.facts.map((f) => paragraph(f, { spacingAfter: 60 })));
  // An empty paragraph after each table: Word joins two tables that follow each other into one.
  for (const b of m.blocks) blocks.push(block(b), ...(b.kind === 'table' ? [paragraph('')] : []));
  blocks.push(paragraph([text(m.footer, { italics: true, color: '555555' })]));
  return docxBytes({ title: m.title }, blocks);
}
