// A small QR decoder (ISO/IEC 18004, versions 1–6, numeric/alphanumeric/byte segments) for clean,
// upright renders (pdftoppm's PGM), so tests read a printed code as a phone would rather than trusting
// the encoder.

type Gray = { width: number; height: number; dark: (x: number, y: number) => boolean };

export function readPgm(bytes: Buffer): Gray {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = bytes.subarray(header[0].length);
  return { width, height, dark: (x, y) => pixels[Math.round(y) * width + Math.round(x)] < 128 };
}

type Finder = { x: number; y: number; module: number };

/** Runs of equal colour along a line, and the 1:1:3:1:1 check of a finder pattern's cross-section. */
function runs(length: number, dark: (i: number) => boolean) {
  const out: { start: number; length: number; dark: boolean }[] = [];
  for (let i = 0; i < length; i++) {
    const d = dark(i);
    if (out.length && out.at(-1)!.dark === d) out.at(-1)!.length++;
    else out.push({ start: i, length: 1, dark: d });
  }
  return out;
}
const finderRatio = (lengths: number[]) => {
  const module = lengths.reduce((a, b) => a + b, 0) / 7;
  return [1, 1, 3, 1, 1].every((r, i) => Math.abs(lengths[i] - r * module) < r * module * 0.5) ? module : 0;
};

function findFinders(img: Gray): Finder[] {
  const hits: Finder[] = [];
  const columns = new Map<number, ReturnType<typeof runs>>();
  for (let y = 0; y < img.height; y++) {
    const row = runs(img.width, (x) => img.dark(x, y));
    for (let i = 0; i + 4 < row.length; i++) {
      if (!row[i].dark || !finderRatio(row.slice(i, i + 5).map((r) => r.length))) continue;
      const x = Math.round(row[i + 2].start + row[i + 2].length / 2);
      if (!columns.has(x)) columns.set(x, runs(img.height, (yy) => img.dark(x, yy)));
      const col = columns.get(x)!;
      const j = col.findIndex((r) => y >= r.start && y < r.start + r.length);
      if (j < 2 || j + 2 >= col.length) continue;
      const module = finderRatio(col.slice(j - 2, j + 3).map((r) => r.length));
      if (module) hits.push({ x, y: col[j].start + col[j].length / 2, module });
    }
  }
  const merged: (Finder & { n: number })[] = [];
  for (const h of hits) {
    const near = merged.find((m) => Math.abs(m.x / m.n - h.x) < 3 * h.module && Math.abs(m.y / m.n - h.y) < 3 * h.module);
    if (near) Object.assign(near, { x: near.x + h.x, y: near.y + h.y, module: near.module + h.module, n: near.n + 1 });
    else merged.push({ ...h, n: 1 });
  }
  return merged.map((m) => ({ x: m.x / m.n, y: m.y / m.n, module: m.module / m.n }));
}

/** Data codewords per block, by version and error-correction level. */
const blocks: Record<number, Record<string, number[]>> = {
  1: { L: [19], M: [16], Q: [13], H: [9] },
  2: { L: [34], M: [28], Q: [22], H: [16] },
  3: { L: [55], M: [44], Q: [17, 17], H: [13, 13] },
  4: { L: [80], M: [32, 32], Q: [24, 24], H: [9, 9, 9, 9] },
  5: { L: [108], M: [43, 43], Q: [15, 15, 16, 16], H: [11, 11, 12, 12] },
  6: { L: [68, 68], M: [27, 27, 27, 27], Q: [19, 19, 19, 19], H: [15, 15, 15, 15] },
};
const masks: ((i: number, j: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_i, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
];

/** The text of the first QR code found on the page, reading from the top. */
export function decodeFirstQr(img: Gray): string {
  const finders = findFinders(img).sort((a, b) => a.y - b.y || a.x - b.x);
  const byDistance = (list: Finder[], by: (f: Finder) => number) => list.sort((a, b) => by(a) - by(b));
  for (const tl of finders) {
    // Data modules can look like a finder too: every candidate to the right and below is tried, nearest first.
    const right = byDistance(finders.filter((f) => f.x > tl.x && Math.abs(f.y - tl.y) < tl.module), (f) => f.x);
    const below = byDistance(finders.filter((f) => f.y > tl.y && Math.abs(f.x - tl.x) < tl.module), (f) => f.y);
    for (const tr of right) {
      for (const bl of below) {
        const text = readAt(img, tl, tr, bl);
        if (text !== null) return text;
      }
    }
  }
  throw new Error('no QR code found');
}

/** The code whose finders are tl, tr and bl, or null when they are not one code's. */
function readAt(img: Gray, tl: Finder, tr: Finder, bl: Finder): string | null {
  if (Math.abs(tr.x - tl.x - (bl.y - tl.y)) > 2 * tl.module) return null;
  const size = 4 * Math.round(((tr.x - tl.x) / tl.module + 7 - 17) / 4) + 17;
  const step = { x: (tr.x - tl.x) / (size - 7), y: (bl.y - tl.y) / (size - 7) };
  const dark = (r: number, c: number) => img.dark(tl.x + (c - 3) * step.x, tl.y + (r - 3) * step.y);
  // Three finders of one code have the alternating timing pattern between them; neighbouring cards' do not.
  const timing = Array.from({ length: size - 16 }, (_, i) => i + 8);
  if (!timing.every((c) => dark(6, c) === (c % 2 === 0) && dark(c, 6) === (c % 2 === 0))) return null;
  return decodeGrid(size, dark);
}

function decodeGrid(n: number, dark: (row: number, col: number) => boolean): string {
  const version = (n - 17) / 4;
  if (!blocks[version]) throw new Error(`QR version ${version} is beyond this decoder`);
  let format = 0;
  for (let i = 0; i < 15; i++) if (dark(i < 6 ? i : i < 8 ? i + 1 : n - 15 + i, 8)) format |= 1 << i;
  format ^= 0x5412;
  const level = ['M', 'L', 'H', 'Q'][format >> 13];
  const mask = masks[(format >> 10) & 7];
  const align = version > 1 ? n - 7 : -99;
  const reserved = (r: number, c: number) =>
    r === 6 || c === 6 || (r < 9 && c < 9) || (r < 9 && c >= n - 8) || (r >= n - 8 && c < 9) || (Math.abs(r - align) <= 2 && Math.abs(c - align) <= 2);
  const bits: number[] = [];
  let up = true;
  for (let col = n - 1; col > 0; col -= 2) {
    if (col === 6) col = 5;
    for (let k = 0; k < n; k++) {
      const row = up ? n - 1 - k : k;
      for (const c of [col, col - 1]) if (!reserved(row, c)) bits.push(Number(dark(row, c) !== mask(row, c)));
    }
    up = !up;
  }
  const codewords = Array.from({ length: Math.floor(bits.length / 8) }, (_, i) => bits.slice(8 * i, 8 * i + 8).reduce((a, b) => 2 * a + b, 0));
  const sizes = blocks[version][level];
  const data: number[][] = sizes.map(() => []);
  let k = 0;
  for (let i = 0; i < Math.max(...sizes); i++) sizes.forEach((s, b) => i < s && data[b].push(codewords[k++]));
  const stream = data.flat().flatMap((byte) => [7, 6, 5, 4, 3, 2, 1, 0].map((s) => (byte >> s) & 1));
  let pos = 0;
  const read = (count: number) => stream.slice(pos, (pos += count)).reduce((a, b) => 2 * a + b, 0);
  const alnum = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
  let text = '';
  while (pos + 4 <= stream.length) {
    const mode = read(4);
    if (mode === 0) break;
    if (mode === 4) text += Buffer.from(Array.from({ length: read(8) }, () => read(8))).toString('utf8');
    else if (mode === 2) {
      let left = read(9);
      for (; left >= 2; left -= 2) {
        const v = read(11);
        text += alnum[Math.floor(v / 45)] + alnum[v % 45];
      }
      if (left) text += alnum[read(6)];
    } else if (mode === 1) {
      let left = read(10);
      for (; left >= 3; left -= 3) text += String(read(10)).padStart(3, '0');
      if (left) text += String(read(left === 2 ? 7 : 4)).padStart(left, '0');
    } else throw new Error(`QR mode ${mode} is beyond this decoder`);
  }
  return text;
}
