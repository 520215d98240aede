// The sheet a hall prints: A4 pages of eight cut-out invitation cards, each with the consultation's
// title, who the card is for, a QR code of its ballot address, the address in text for those who
// type it, and how to use it. The tokens exist only here (the database keeps their hashes).
import { A4, FONT, createPdf, fittingSize, pdfBytes, type Pdf } from '../../../reports/pdf';
import { drawQr } from './qr.pdf';

type Localized = { vi: string; en: string };
export type InvitationCards = {
  title: Localized;
  /** The cluster and/or stakeholder group the invitations belong to, in Vietnamese; null for none. */
  audience: string | null;
  urls: string[];
  createdAt: Date;
};

const COLUMNS = 2;
const ROWS = 4;
const MARGIN = 28;
const PAD = 14;
const QR_SIZE = 112;
const GREY = '#555555';

const cardText = {
  scan: 'Quét mã để bỏ phiếu — mỗi mã dùng một lần',
  scanEn: 'Scan to vote — each code works once',
  number: (n: number, of: number) => `Thẻ số ${n}/${of}`,
};

export async function invitationCardsPdf(cards: InvitationCards): Promise<Buffer> {
  const title = { vi: cards.title.vi.normalize('NFC'), en: cards.title.en.normalize('NFC') };
  const card = { ...cards, title, audience: cards.audience?.normalize('NFC') ?? null };
  const doc = createPdf({ title: `${title.vi} — phiếu mời`, createdAt: cards.createdAt, margin: MARGIN });
  const perPage = COLUMNS * ROWS;
  const w = (A4.width - 2 * MARGIN) / COLUMNS;
  const h = (A4.height - 2 * MARGIN) / ROWS;
  for (const [i, url] of cards.urls.entries()) {
    if (i % perPage === 0) {
      // A thousand cards take seconds to draw: let ballots and other requests through between pages.
      if (i > 0) await new Promise((resolve) => setImmediate(resolve));
      doc.addPage();
    }
    const slot = i % perPage;
    drawCard(doc, { x: MARGIN + (slot % COLUMNS) * w, y: MARGIN + Math.floor(slot / COLUMNS) * h, w, h }, card, url, i + 1);
  }
  return pdfBytes(doc);
}

type Box = { x: number; y: number; w: number; h: number };

function drawCard(doc: Pdf, box: Box, cards: InvitationCards, url: string, n: number) {
  const { x, y, w, h } = box;
  doc.save().lineWidth(0.5).dash(4, { space: 3 }).strokeColor('#999999').rect(x, y, w, h).stroke().undash().restore();
  const inner = w - 2 * PAD;
  doc.fillColor('black').font(FONT.bold).fontSize(11).text(cards.title.vi, x + PAD, y + PAD, { width: inner, height: 30, ellipsis: true });
  doc.fillColor(GREY).font(FONT.regular).fontSize(8).text(cards.title.en, x + PAD, doc.y + 1, { width: inner, height: 11, ellipsis: true });

  const top = y + PAD + 44;
  drawQr(doc, url, x + PAD - 8, top - 8, QR_SIZE);
  const side = x + PAD + QR_SIZE - 4;
  const sideWidth = x + w - PAD - side;
  doc.fillColor('black');
  if (cards.audience) doc.font(FONT.bold).fontSize(10).text(cards.audience, side, top, { width: sideWidth, height: 28, ellipsis: true }).moveDown(0.4);
  else doc.y = top;
  doc.font(FONT.regular).fontSize(9.5).text(cardText.scan, side, doc.y, { width: sideWidth });
  doc.fillColor(GREY).fontSize(7.5).text(cardText.scanEn, side, doc.y + 2, { width: sideWidth });
  doc.fontSize(7).text(cardText.number(n, cards.urls.length), side, doc.y + 6, { width: sideWidth });

  // The address on one line, shrunk to fit, so it can be typed where a phone cannot scan.
  const size = fittingSize(doc.font(FONT.regular), url, inner, 8.5);
  // No width given: with one, pdfkit would still break the address at a '-' of the token.
  doc.fillColor('black').fontSize(size).text(url, x + PAD, y + h - PAD - size - 2, { lineBreak: false });
}
