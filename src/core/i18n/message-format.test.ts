import { describe, expect, it } from 'vitest';
import { formatMessage } from './message-format';

const options = '{count, plural, one {# option} other {# options}}';

describe('formatMessage', () => {
  it('chooses the English plural form from the count', () => {
    expect(formatMessage('en', options, { count: 0 })).toBe('0 options');
    expect(formatMessage('en', options, { count: 1 })).toBe('1 option');
    expect(formatMessage('en', options, { count: 2 })).toBe('2 options');
  });

  it('reads Vietnamese counts the same for one and many', () => {
    expect(formatMessage('vi', '{count} phương án', { count: 1 })).toBe('1 phương án');
    expect(formatMessage('vi', '{count} phương án', { count: 2 })).toBe('2 phương án');
    expect(formatMessage('vi', '{count, plural, other {# phương án}}', { count: 1 })).toBe('1 phương án');
  });

  it('groups the digits of a plural count as each language writes numbers', () => {
    expect(formatMessage('en', options, { count: 1234 })).toBe('1,234 options');
    expect(formatMessage('vi', '{count, plural, other {# phương án}}', { count: 1234 })).toBe('1.234 phương án');
  });

  it('fills plain placeholders and keeps Vietnamese diacritics as written', () => {
    expect(formatMessage('vi', 'Mã không gian "{slug}" đã được dùng.', { slug: 'hà-nội' })).toBe('Mã không gian "hà-nội" đã được dùng.');
  });

  it('gives the same text when one compiled message is used again with other values', () => {
    expect(formatMessage('en', options, { count: 1 })).toBe('1 option');
    expect(formatMessage('en', options, { count: 3 })).toBe('3 options');
    expect(formatMessage('vi', options, { count: 3 })).toBe('3 options');
  });

  it('refuses a message whose value is missing', () => {
    expect(() => formatMessage('en', 'Hello {name}', {})).toThrow(/name/);
  });
});
