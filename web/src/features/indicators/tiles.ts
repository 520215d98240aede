// Tile-grid layouts of Vietnam drawn for this app: one square per province, placed by hand from the
// provinces' rough positions, north at the top — the 63 (until 30 June 2025) in 7 columns and the 34 in 5.
// Every province gets the same area, so a small delta province weighs as much on the map as a large
// mountain one. Each entry: GSO code, short label, column, row. Codes follow the General Statistics
// Office; the same code can name different provinces in the two sets (15 was Yên Bái, is Lào Cai).
export type Tile = readonly [code: string, label: string, col: number, row: number];

export const TILES_63: readonly Tile[] = [
  ['02', 'HG', 3, 0], ['04', 'CB', 4, 0],
  ['12', 'LCh', 1, 1], ['10', 'LC', 2, 1], ['08', 'TQ', 3, 1], ['06', 'BK', 4, 1], ['20', 'LS', 5, 1],
  ['11', 'ĐB', 0, 2], ['14', 'SL', 1, 2], ['15', 'YB', 2, 2], ['25', 'PT', 3, 2], ['19', 'TN', 4, 2], ['24', 'BG', 5, 2], ['22', 'QN', 6, 2],
  ['26', 'VP', 3, 3], ['27', 'BN', 4, 3], ['30', 'HD', 5, 3], ['31', 'HP', 6, 3],
  ['17', 'HB', 2, 4], ['01', 'HN', 3, 4], ['33', 'HY', 4, 4], ['34', 'TB', 5, 4],
  ['38', 'TH', 2, 5], ['37', 'NB', 3, 5], ['35', 'HNa', 4, 5], ['36', 'NĐ', 5, 5],
  ['40', 'NA', 2, 6],
  ['42', 'HT', 3, 7],
  ['44', 'QB', 3, 8],
  ['45', 'QT', 4, 9],
  ['46', 'Huế', 4, 10], ['48', 'ĐN', 5, 10],
  ['49', 'QNa', 5, 11],
  ['62', 'KT', 4, 12], ['51', 'QNg', 5, 12],
  ['64', 'GL', 4, 13], ['52', 'BĐ', 5, 13],
  ['66', 'ĐL', 4, 14], ['54', 'PY', 5, 14],
  ['70', 'BP', 2, 15], ['67', 'ĐNo', 3, 15], ['68', 'LĐ', 4, 15], ['56', 'KH', 5, 15],
  ['72', 'TNi', 1, 16], ['74', 'BD', 2, 16], ['75', 'ĐNa', 3, 16], ['60', 'BTh', 4, 16], ['58', 'NT', 5, 16],
  ['89', 'AG', 0, 17], ['87', 'ĐT', 1, 17], ['80', 'LA', 2, 17], ['79', 'HCM', 3, 17], ['77', 'VT', 4, 17],
  ['91', 'KG', 0, 18], ['92', 'CT', 1, 18], ['86', 'VL', 2, 18], ['82', 'TG', 3, 18], ['83', 'BT', 4, 18],
  ['93', 'HậG', 1, 19], ['94', 'ST', 2, 19], ['84', 'TV', 3, 19],
  ['96', 'CM', 0, 20], ['95', 'BL', 1, 20],
];

export const TILES_34: readonly Tile[] = [
  ['08', 'TQ', 2, 0], ['04', 'CB', 3, 0],
  ['12', 'LCh', 0, 1], ['15', 'LC', 1, 1], ['19', 'TN', 2, 1], ['20', 'LS', 3, 1],
  ['11', 'ĐB', 0, 2], ['14', 'SL', 1, 2], ['25', 'PT', 2, 2], ['24', 'BN', 3, 2], ['22', 'QN', 4, 2],
  ['01', 'HN', 2, 3], ['33', 'HY', 3, 3], ['31', 'HP', 4, 3],
  ['38', 'TH', 1, 4], ['37', 'NB', 2, 4],
  ['40', 'NA', 1, 5],
  ['42', 'HT', 2, 6],
  ['44', 'QT', 2, 7],
  ['46', 'Huế', 3, 8],
  ['48', 'ĐN', 3, 9],
  ['51', 'QNg', 3, 10],
  ['52', 'GL', 3, 11],
  ['66', 'ĐL', 3, 12], ['56', 'KH', 4, 12],
  ['75', 'ĐNa', 2, 13], ['68', 'LĐ', 3, 13],
  ['80', 'TNi', 1, 14], ['79', 'HCM', 2, 14],
  ['91', 'AG', 0, 15], ['82', 'ĐT', 1, 15], ['86', 'VL', 2, 15],
  ['92', 'CT', 1, 16],
  ['96', 'CM', 0, 17],
];

export function tilesOf(unit: 63 | 34): readonly Tile[] {
  return unit === 34 ? TILES_34 : TILES_63;
}
