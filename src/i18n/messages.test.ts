import { describe, expect, it } from 'vitest';
import { message } from './messages';

describe('server messages', () => {
  it('says "1 option" for one and "options" for more, in English only', () => {
    expect(message('ballot.too_few_choices', { min: 1, given: 0 })).toEqual({
      vi: 'Cần chọn ít nhất 1 phương án (đã chọn 0).',
      en: 'Choose at least 1 option (0 chosen).',
    });
    expect(message('ballot.too_few_choices', { min: 2, given: 1 }).en).toBe('Choose at least 2 options (1 chosen).');
  });

  it('agrees the verb with the count', () => {
    expect(message('paper.wrong_form_count', { expected: 1, given: 2 }).en).toBe('The batch has 1 form but 2 were entered.');
    expect(message('paper.wrong_form_count', { expected: 3, given: 1 }).en).toBe('The batch has 3 forms but 1 was entered.');
    expect(message('ballot.points_exceeded', { total: 1, points: 0 }).en).toBe('The 1 point allocated exceeds the 0 available.');
  });

  it('keeps texts without counts as they were, apostrophes included', () => {
    expect(message('plan.period_outside', { period: '2026-Q1' }).en).toBe('The reporting period "2026-Q1" is outside the action\'s dates.');
    expect(message('route.not_found')).toEqual({ vi: 'Không có địa chỉ này.', en: 'No such address.' });
  });

  it('leaves a placeholder the caller did not fill visible instead of failing', () => {
    expect(message('space.slug_taken').vi).toBe('Mã không gian "{slug}" đã được dùng.');
  });
});
