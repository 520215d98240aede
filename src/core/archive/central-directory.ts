// The table of contents of a ZIP archive (.xlsx and .docx are ZIP archives), read from its central
// directory without unpacking anything. It is refused unless it can be read in exactly one way: one
// end record where the file ends, no ZIP64, no encryption, no bytes before the first entry, every
// entry's data inside the archive and no two entries sharing bytes. The readers downstream (JSZip in
// exceljs) then cannot see entries or sizes other than the ones checked here.

export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated: the only methods accepted. */
  method: 0 | 8;
  compressedSize: number;
  /** As declared; the unpacking checks it (see importers/xlsx.worker.cjs). */
  uncompressedSize: number;
  /** Where the entry's compressed bytes begin. */
  dataOffset: number;
};

export type CentralDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'not-zip' | 'unsupported' };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

const notZip = { ok: false, reason: 'not-zip' } as const;
const unsupported = { ok: false, reason: 'unsupported' } as const;

export function readCentralDirectory(bytes: Uint8Array): CentralDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at + 4 <= bytes.byteLength ? view.getUint32(at, true) : -1);
  const u16 = (at: number) => (at + 2 <= bytes.byteLength ? view.getUint16(at, true) : -1);
  // The last end record, as JSZip finds it; it must close the file exactly, comment included.
  let end = -1;
  for (let at = bytes.byteLength - EOCD_SIZE; at >= Math.max(0, bytes.byteLength - EOCD_SIZE - MAX_COMMENT); at--) {
    if (u32(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0 || end + EOCD_SIZE + u16(end + 20) !== bytes.byteLength) return notZip;
  if (end >= 20 && u32(end - 20) === ZIP64_LOCATOR) return unsupported;
  const [disk, startDisk, onDisk, count, size, offset] = [u16(end + 4), u16(end + 6), u16(end + 8), u16(end + 10), u32(end + 12), u32(end + 16)];
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return unsupported;
  if (disk !== 0 || startDisk !== 0 || onDisk !== count || offset + size !== end) return notZip;

  const entries: (ZipEntry & { headerOffset: number })[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== CENTRAL) return notZip;
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const [compressedSize, uncompressedSize] = [u32(at + 20), u32(at + 24)];
    const [nameLength, extraLength, commentLength] = [u16(at + 28), u16(at + 30), u16(at + 32)];
    const headerOffset = u32(at + 42);
    if (at + 46 + nameLength > end) return notZip;
    if (flags & 1 || (method !== 0 && method !== 8)) return unsupported;
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || headerOffset === 0xffffffff) return unsupported;
    if (method === 0 && compressedSize !== uncompressedSize) return notZip;
    if (headerOffset + 30 > offset || u32(headerOffset) !== LOCAL) return notZip;
    const dataOffset = headerOffset + 30 + u16(headerOffset + 26) + u16(headerOffset + 28);
    if (dataOffset + compressedSize > offset) return notZip;
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, method, compressedSize, uncompressedSize, dataOffset, headerOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (at !== end) return notZip;
  // The first entry at the very start and each one's data ending before the next begins (a data
  // descriptor may sit between): overlapping entries are how the largest zip bombs multiply one payload.
  const laid = [...entries].sort((a, b) => a.headerOffset - b.headerOffset);
  for (let i = 0; i < laid.length; i++) {
    const next = i + 1 < laid.length ? laid[i + 1].headerOffset : offset;
    if ((i === 0 && laid[0].headerOffset !== 0) || laid[i].dataOffset + laid[i].compressedSize > next) return notZip;
  }
  return { ok: true, entries: entries.map(({ headerOffset: _, ...e }) => e) };
}
