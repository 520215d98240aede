// Draws a QR code as vector squares in a pdfkit document, so it prints sharp at any size.
import QRCode from 'qrcode';
import type { Pdf } from './pdf';

const QUIET_ZONE = 4; // modules of white around the code, as the standard asks of scanners' surroundings

/** The code for `text` in a `size`-point square (quiet zone included) whose top-left corner is (x, y). */
export function drawQr(doc: Pdf, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const unit = size / (n + 2 * QUIET_ZONE);
  const left = x + QUIET_ZONE * unit;
  const top = y + QUIET_ZONE * unit;
  doc.save();
  // One rectangle per run of dark modules in a row keeps the page small: a hall may print a thousand.
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      doc.rect(left + start * unit, top + row * unit, (col - start) * unit, unit);
    }
  }
  doc.fillColor('black').fill();
  doc.restore();
}
