// The sheet a hall prints: A4 pages of eight cut-out cards, each with a title, who the card is for,
// a QR code, the coded text again for those who type it, and one line on how to use it. Invitation
// cards of consultations and registration cards of forums are both this sheet; the secrets on them
// exist only here (the database keeps their hashes).
import { A4, FONT, createPdf, fittingSize, pdfBytes, type Pdf } from './pdf';
import { drawQr } from './qr.pdf';

type Localized = { vi: string; en: string };
export type QrCards = {
  title: Localized;
  /** What the sheet is, for the document's title (e.g. "phiếu mời"). */
  sheet: string;
  /** How to use a card, Vietnamese then English. */
  use: Localized;
  /** Who the cards are for, in Vietnamese (a cluster, a connection point); null for none. */
  audience: string | null;
  /** One card per entry: the text in its QR code and printed under it. */
  codes: string[];
  /** What is printed under each QR code instead, when that differs (a short code beside a link). */
  labels?: string[];
  createdAt: Date;
};

const COLUMNS = 2;
const ROWS = 4;
const MARGIN = 28;
const PAD = 14;
const QR_SIZE = 112;
const GREY = '#555555';

const cardNumber = (n: number, of: number) => `Thẻ số ${n}/${of}`;

export async function qrCardsPdf(cards: QrCards): Promise<Buffer> {
  const title = { vi: cards.title.vi.normalize('NFC'), en: cards.title.en.normalize('NFC') };
  const card = { ...cards, title, audience: cards.audience?.normalize('NFC') ?? null };
  const doc = createPdf({ title: `${title.vi} — ${cards.sheet}`, createdAt: cards.createdAt, margin: MARGIN });
  const perPage = COLUMNS * ROWS;
  const w = (A4.width - 2 * MARGIN) / COLUMNS;
  const h = (A4.height - 2 * MARGIN) / ROWS;
  for (const [i, code] of cards.codes.entries()) {
    if (i % perPage === 0) {
      // A thousand cards take seconds to draw: let ballots and other requests through between pages.
      if (i > 0) await new Promise((resolve) => setImmediate(resolve));
      doc.addPage();
    }
    const slot = i % perPage;
    drawCard(doc, { x: MARGIN + (slot % COLUMNS) * w, y: MARGIN + Math.floor(slot / COLUMNS) * h, w, h }, card, { qr: code, label: cards.labels?.[i] ?? code }, i + 1);
  }
  return pdfBytes(doc);
}

type Box = { x: number; y: number; w: number; h: number };

function drawCard(doc: Pdf, box: Box, cards: QrCards, code: { qr: string; label: string }, n: number) {
  const { x, y, w, h } = box;
  doc.save().lineWidth(0.5).dash(4, { space: 3 }).strokeColor('#999999').rect(x, y, w, h).stroke().undash().restore();
  const inner = w - 2 * PAD;
  doc.fillColor('black').font(FONT.bold).fontSize(11).text(cards.title.vi, x + PAD, y + PAD, { width: inner, height: 30, ellipsis: true });
  doc.fillColor(GREY).font(FONT.regular).fontSize(8).text(cards.title.en, x + PAD, doc.y + 1, { width: inner, height: 11, ellipsis: true });

  const top = y + PAD + 44;
  drawQr(doc, code.qr, x + PAD - 8, top - 8, QR_SIZE);
  const side = x + PAD + QR_SIZE - 4;
  const sideWidth = x + w - PAD - side;
  doc.fillColor('black');
  if (cards.audience) doc.font(FONT.bold).fontSize(10).text(cards.audience, side, top, { width: sideWidth, height: 28, ellipsis: true }).moveDown(0.4);
  else doc.y = top;
  doc.font(FONT.regular).fontSize(9.5).text(cards.use.vi, side, doc.y, { width: sideWidth });
  doc.fillColor(GREY).fontSize(7.5).text(cards.use.en, side, doc.y + 2, { width: sideWidth });
  doc.fontSize(7).text(cardNumber(n, cards.codes.length), side, doc.y + 6, { width: sideWidth });

  // The code on one line, shrunk to fit, so it can be typed where a phone cannot scan.
  const size = fittingSize(doc.font(FONT.regular), code.label, inner, 8.5);
  // No width given: with one, pdfkit would still break an address at a '-' of the token.
  doc.fillColor('black').fontSize(size).text(code.label, x + PAD, y + h - PAD - size - 2, { lineBreak: false });
}
