// Folding, search words and highlights, with expected values written by hand.
import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_WORDS, highlights, searchWords, vnFold } from '.';

const shown = (text: string, input: string) => highlights(text, input).map((h) => text.normalize('NFC').slice(h.start, h.end));

describe('vnFold', () => {
  it('drops case, diacritics and the bar of đ', () => {
    expect(vnFold('Đường')).toBe('duong');
    expect(vnFold('ĐƯỜNG')).toBe('duong');
    expect(vnFold('Quy hoạch tỉnh Thừa Thiên Huế')).toBe('quy hoach tinh thua thien hue');
    expect(vnFold('Bà Rịa – Vũng Tàu')).toBe('ba ria – vung tau');
  });
  it('reads text typed with combining marks (NFD) like its NFC form', () => {
    const nfd = 'Điểm cầu Cần Thơ'.normalize('NFD');
    expect(nfd).not.toBe('Điểm cầu Cần Thơ');
    expect(vnFold(nfd)).toBe('diem cau can tho');
  });
});

describe('searchWords', () => {
  it('keeps letters and digits only, folded', () => {
    expect(searchWords('  Quy hoạch, tỉnh!  ')).toEqual(['quy', 'hoach', 'tinh']);
    expect(searchWords("' or 1=1 --")).toEqual(['or', '1', '1']);
    expect(searchWords('a & b | !c:* (d)')).toEqual(['a', 'b', 'c', 'd']);
    expect(searchWords("''\\\u0000 ;--")).toEqual([]);
    expect(searchWords('')).toEqual([]);
  });
  it('bounds the words kept and their length', () => {
    const many = Array.from({ length: 20 }, (_, i) => `tu${i}`).join(' ');
    expect(searchWords(many)).toHaveLength(MAX_SEARCH_WORDS);
    expect(searchWords('x'.repeat(500))).toEqual(['x'.repeat(40)]);
  });
});

describe('highlights', () => {
  it('marks the words found in the text as shown, whatever their accents and case', () => {
    expect(shown('Quy hoạch tỉnh Thừa Thiên Huế', 'thua THIEN')).toEqual(['Thừa', 'Thiên']);
    expect(shown('ĐƯỜNG liên xã và đường huyện', 'duong')).toEqual(['ĐƯỜNG', 'đường']);
  });
  it('matches at the start of a word, as the search does, and merges overlapping finds', () => {
    expect(shown('Hoạch định, kế hoạch', 'hoach')).toEqual(['Hoạch', 'hoạch']);
    expect(shown('tham luận', 'lu')).toEqual(['lu']);
    expect(shown('xã hội', 'oi')).toEqual([]);
    expect(shown('Quy hoạch', 'quy quy hoa')).toEqual(['Quy', 'hoạ']);
  });
  it('gives positions in the NFC text even for text typed decomposed', () => {
    const text = 'Cần Thơ'.normalize('NFD');
    expect(highlights(text, 'tho')).toEqual([{ start: 4, end: 7 }]);
  });
});
