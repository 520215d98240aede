// PDF documents with Vietnamese text: pdfkit with the full Be Vietnam Pro TTFs embedded (subset
// fonts split Latin and Vietnamese glyphs, so one of them alone drops half the letters). The fonts
// are read from node_modules once, on first use; nothing is fetched at run time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

export type Pdf = PDFKit.PDFDocument;
export const FONT = { regular: 'regular', bold: 'bold' } as const;
export const A4 = { width: 595.28, height: 841.89 } as const;

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;

function beVietnamPro() {
  fonts ??= {
    regular: readFileSync(require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf')),
    bold: readFileSync(require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf')),
  };
  return fonts;
}

/** An A4 document with the fonts registered as FONT.regular / FONT.bold and the regular one selected. */
export function createPdf(info: { title: string; createdAt: Date; margin?: number }): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    margin: info.margin ?? 36,
    autoFirstPage: false,
    info: { Title: info.title.normalize('NFC'), Producer: 'Đối Thoại', Creator: 'Đối Thoại', CreationDate: info.createdAt },
  });
  const { regular, bold } = beVietnamPro();
  doc.registerFont(FONT.regular, regular);
  doc.registerFont(FONT.bold, bold);
  doc.font(FONT.regular);
  return doc;
}

/** Ends the document and resolves with its bytes. */
export function pdfBytes(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** The largest size, at most `max`, at which `text` fits on one line of `width` points. */
export function fittingSize(doc: Pdf, text: string, width: number, max: number, min = 5): number {
  let size = max;
  while (size > min && doc.fontSize(size).widthOfString(text) > width) size -= 0.25;
  return size;
}
