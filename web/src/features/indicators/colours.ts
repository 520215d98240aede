// One colour scale for every map of the hub: five classes by quintile of the edition's scores, light to
// the app's deep teal. Scores bunch together (most PCI provinces sit within a few points while one city
// leads by far), so equal-count classes tell provinces apart where an even stretch from lowest to highest
// would paint most of the country one shade. Every index is "higher is better": darker always means better.
// Lightness alone carries the order, which survives colour blindness and greyscale printing.
export const CLASS_COLOURS = ['#e3f1ec', '#a9d5cd', '#62aab5', '#2a7896', '#0d4a66'];
export const NO_DATA = '#eceff2';

export interface Scale {
  /** Class i holds values from lows[i] (inclusive) up to lows[i + 1] (exclusive); the last up to max. */
  lows: number[];
  max: number;
  colours: string[];
}

export function scaleOf(values: readonly (number | null)[]): Scale | null {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const classes = Math.min(CLASS_COLOURS.length, new Set(sorted).size);
  const lows = [...new Set(Array.from({ length: classes }, (_, i) => sorted[Math.floor((i * sorted.length) / classes)]))];
  // With few classes, take the darker end of the ramp so the best still reads as the darkest.
  return { lows, max: sorted[sorted.length - 1], colours: CLASS_COLOURS.slice(CLASS_COLOURS.length - lows.length) };
}

export function classOf(scale: Scale, value: number): number {
  let i = 0;
  while (i + 1 < scale.lows.length && value >= scale.lows[i + 1]) i++;
  return i;
}

export function colourOf(scale: Scale, value: number): string {
  return scale.colours[classOf(scale, value)];
}

function channel(hex: string, i: number): number {
  return parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
}

/** Dark text on light tiles, white on dark ones (WCAG relative luminance). */
export function inkOn(background: string): string {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin(channel(background, 0)) + 0.7152 * lin(channel(background, 1)) + 0.0722 * lin(channel(background, 2));
  return l > 0.23 ? '#12202c' : '#ffffff';
}
