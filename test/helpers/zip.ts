// ZIP archives built by hand for the upload tests: honest ones, ones that lie about their sizes, and
// an .xlsx whose one sheet unpacks to gigabytes, streamed so that the test itself never holds it.
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

export type RawEntry = {
  name: string;
  data: Uint8Array;
  method?: 0 | 8;
  /** Written into the central directory instead of the true unpacked size. */
  declaredSize?: number;
  /** Already deflated bytes (with their true size and CRC), for entries too large to hold unpacked. */
  packed?: { bytes: Uint8Array; size: number; crc: number };
};

const u16 = (n: number) => Buffer.from([n & 0xff, (n >>> 8) & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

export function zipOf(entries: RawEntry[], { prefix = new Uint8Array(0) } = {}): Buffer {
  const locals: Buffer[] = [Buffer.from(prefix)];
  const centrals: Buffer[] = [];
  let offset = prefix.length;
  for (const e of entries) {
    const method = e.packed ? 8 : (e.method ?? 8);
    const body = e.packed ? Buffer.from(e.packed.bytes) : method === 8 ? deflateRawSync(e.data) : Buffer.from(e.data);
    const size = e.packed ? e.packed.size : e.data.length;
    const crc = e.packed ? e.packed.crc : crc32(e.data);
    const name = Buffer.from(e.name, 'utf8');
    const common = [u16(20), u16(0x0800), u16(method), u16(0), u16(0x21), u32(crc), u32(body.length)];
    locals.push(Buffer.concat([u32(0x04034b50), ...common, u32(e.declaredSize ?? size), u16(name.length), u16(0), name, body]));
    centrals.push(Buffer.concat([u32(0x02014b50), u16(20), ...common, u32(e.declaredSize ?? size), u16(name.length), u16(0), u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(directory.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, directory, end]);
}

const text = (s: string) => new TextEncoder().encode(s);

/** The parts every .xlsx needs around its one sheet. */
export function xlsxParts(sheet: RawEntry): RawEntry[] {
  return [
    { name: '[Content_Types].xml', data: text('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>') },
    { name: '_rels/.rels', data: text('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>') },
    { name: 'xl/workbook.xml', data: text('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Tiến độ" sheetId="1" r:id="rId1"/></sheets></workbook>') },
    { name: 'xl/_rels/workbook.xml.rels', data: text('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>') },
    sheet,
  ];
}

const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/** A small, honest, readable sheet with the given rows of inline text. */
export function sheetOf(rows: string[][]): RawEntry {
  const ref = (r: number, c: number) => `${String.fromCharCode(65 + c)}${r + 1}`;
  const xml = rows.map((cells, r) => `<row r="${r + 1}">${cells.map((v, c) => `<c r="${ref(r, c)}" t="inlineStr"><is><t>${v}</t></is></c>`).join('')}</row>`).join('');
  return { name: 'xl/worksheets/sheet1.xml', data: text(SHEET_HEAD + xml + SHEET_TAIL) };
}

/**
 * The sheet of a zip bomb: `bytes` of XML that is nearly all spaces, deflated as it is produced, one
 * megabyte at a time. Node's zlib rather than fflate: both stream, but zlib packs 2 GB into the
 * ~2 MB the issue describes in seconds, fflate takes minutes and yields three times as much.
 */
export async function bombSheet(bytes: number): Promise<RawEntry> {
  const deflater = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on('data', (c: Buffer) => out.push(c));
  const ended = new Promise((resolve) => deflater.on('end', resolve));
  let crc = 0;
  const write = async (chunk: Uint8Array) => {
    crc = crc32(chunk, crc);
    if (!deflater.write(chunk)) await new Promise((r) => deflater.once('drain', r));
  };
  const head = text(SHEET_HEAD);
  const tail = text(SHEET_TAIL);
  const block = new Uint8Array(1024 * 1024).fill(0x20);
  await write(head);
  let left = bytes - head.length - tail.length;
  for (; left > 0; left -= block.length) await write(left >= block.length ? block : block.subarray(0, left));
  await write(tail);
  deflater.end();
  await ended;
  return { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(0), packed: { bytes: Buffer.concat(out), size: bytes, crc } };
}
