// The ballot page's counted sentences read right for one and for many.
import { describe, expect, it } from 'vitest';
import { voteText } from './vote.text';

describe('ballot page counts', () => {
  it('says "1 option" in English and the same words for any count in Vietnamese', () => {
    expect(voteText.en.chooseAtLeast(1)).toBe('Choose at least 1 option.');
    expect(voteText.en.chooseAtLeast(2)).toBe('Choose at least 2 options.');
    expect(voteText.en.chooseBetween(1, 1)).toBe('Choose exactly 1 option.');
    expect(voteText.en.chooseBetween(3, 3)).toBe('Choose exactly 3 options.');
    expect(voteText.en.chooseBetween(2, 3)).toBe('Choose 2 to 3 options.');
    expect(voteText.en.budgetHelp(1)).toBe('Distribute up to 1 point among the options.');
    expect(voteText.en.budgetHelp(100)).toBe('Distribute up to 100 points among the options.');
    expect(voteText.vi.chooseAtLeast(1)).toBe('Chọn ít nhất 1 phương án.');
    expect(voteText.vi.chooseBetween(2, 2)).toBe('Chọn đúng 2 phương án.');
    expect(voteText.vi.chooseBetween(2, 3)).toBe('Chọn từ 2 đến 3 phương án.');
    expect(voteText.vi.scoreHelp(0, 10)).toBe('Cho điểm mỗi phương án từ 0 đến 10.');
  });
});
