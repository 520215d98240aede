// A download header that every browser reads the same way: `attachment`, so nothing uploaded is ever
// shown inline; an ASCII `filename` for old clients (Vietnamese letters folded, anything that could
// break the header replaced); and the exact UTF-8 name in RFC 5987's `filename*`, which current
// browsers prefer.

export function attachmentDisposition(name: string): string {
  const ascii =
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9 ._()-]+/g, '_')
      .replace(/^[ .]+/, '')
      .slice(-120) || 'download';
  // encodeURIComponent leaves ' ( ) * as they are; RFC 5987's attr-char does not allow them.
  const encoded = encodeURIComponent(name.normalize('NFC')).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
