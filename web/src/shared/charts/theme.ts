// What every chart of the hub shares: the app's type and colours. The first three colours are the
// province, its region and the country wherever the three are drawn together.
export const FONT = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
export const INK = '#1a2632';
export const MUTED = '#4c5b6a';
export const RULE = '#e3e8ed';
export const PALETTE = ['#0d5876', '#d08a00', '#6b7a89', '#2f8a57', '#8a4fb0', '#c4455a', '#4a7fb5', '#7a5c2e'];
/** For provinces side by side: no grey, which reads as "the country" on the other charts. */
export const PEERS = ['#0d5876', '#d08a00', '#2f8a57', '#8a4fb0', '#c4455a', '#4a7fb5', '#7a5c2e', '#1b998b', '#b5651d', '#5c6bc0'];

/** Breaks a long Vietnamese label into lines of about `width` characters, at spaces. */
export function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
