// An agreement's follow-through for the region's council as a Word document: the model of
// core/linkage/report.ts laid out with the shared Word helpers (A4, Times New Roman 13 pt, shaded headers).
import type { ReportBlock, ReportDocument } from '../core/linkage/report';
import { docxBytes, heading, paragraph, table, text, type Block } from './docx';

function block(b: ReportBlock): Block[] {
  if (b.kind === 'heading') return [heading(b.text, 1)];
  if (b.kind === 'paragraph') return [paragraph(b.text)];
  // An empty paragraph after each table: Word joins two tables that follow each other into one.
  return [table(b.header, b.rows, b.widths), paragraph('')];
}

export function linkageReportDocx(m: ReportDocument): Promise<Buffer> {
  const blocks: Block[] = [paragraph([text(m.heading, { bold: true })], { align: 'center', spacingAfter: 60 }), heading(m.title, 'title')];
  for (const b of m.blocks) blocks.push(...block(b));
  blocks.push(paragraph([text(m.footer, { italics: true, color: '555555' })]));
  return docxBytes({ title: m.title }, blocks);
}
