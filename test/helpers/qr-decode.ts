// Reads a printed QR code as a phone would — with jsQR, which finds the code in the picture, rather than
// by trusting the encoder — from a page pdftoppm rendered as a binary grey map (PGM).
import jsQR from 'jsqr';

type Gray = { width: number; height: number; pixels: Uint8Array };

export function readPgm(bytes: Buffer): Gray {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  return { width: Number(header[1]), height: Number(header[2]), pixels: bytes.subarray(header[0].length) };
}

/** A part of the page, given as fractions of its width and height — one card of a sheet, as a phone frames it. */
export type Frame = { left: number; top: number; width: number; height: number };
const whole: Frame = { left: 0, top: 0, width: 1, height: 1 };

/** The text of the QR code in `frame` (jsQR reads one code: frame one card of a sheet of several); throws when there is none. */
export function decodeFirstQr(img: Gray, frame: Frame = whole): string {
  const [x0, y0] = [Math.floor(frame.left * img.width), Math.floor(frame.top * img.height)];
  const [w, h] = [Math.floor(frame.width * img.width), Math.floor(frame.height * img.height)];
  const rgba = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = 4 * (y * w + x);
      rgba.fill(img.pixels[(y0 + y) * img.width + x0 + x], i, i + 3).fill(255, i + 3, i + 4);
    }
  }
  const code = jsQR(rgba, w, h);
  if (!code) throw new Error('no QR code found on the page');
  return code.data;
}
