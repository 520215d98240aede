// The staff app's messages (web/src/shared/i18n): ICU MessageFormat with plurals, so a count reads as a
// person would write it in each language, and every message in both dictionaries is valid ICU.
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { ballotsText } from '../../web/src/features/consultations/labels';
import { en } from '../../web/src/shared/i18n/en';
import { translate } from '../../web/src/shared/i18n/translate';
import { vi } from '../../web/src/shared/i18n/vi';

describe('staff app messages', () => {
  it('writes one ballot and many ballots in English, and the same word in Vietnamese', () => {
    const inEnglish = (n: number) => ballotsText((key, vars) => translate('en', key, vars), n);
    const inVietnamese = (n: number) => ballotsText((key, vars) => translate('vi', key, vars), n);
    expect(inEnglish(1)).toBe('1 ballot');
    expect(inEnglish(2)).toBe('2 ballots');
    expect(inEnglish(0)).toBe('0 ballots');
    expect(inVietnamese(1)).toBe('1 phiếu');
    expect(inVietnamese(2)).toBe('2 phiếu');
  });

  it('groups the digits of a count the way each language writes numbers', () => {
    expect(translate('en', 'count.ballots', { n: 12345 })).toBe('12,345 ballots');
    expect(translate('vi', 'count.ballots', { n: 12345 })).toBe('12.345 phiếu');
    expect(translate('vi', 'space.membersCount', { n: 1500 })).toBe('1.500 thành viên');
  });

  it('makes the verb agree with the count where English needs it', () => {
    expect(translate('en', 'paper.commit.pending', { n: 1 })).toBe('1 differing form is not settled yet.');
    expect(translate('en', 'paper.commit.pending', { n: 3 })).toBe('3 differing forms are not settled yet.');
    expect(translate('en', 'space.membersCount', { n: 1 })).toBe('1 member');
    expect(translate('en', 'invite.made', { n: 5 })).toBe('5 invitation links made');
  });

  it('fills plain placeholders as before', () => {
    expect(translate('vi', 'paper.entry.formOf', { n: 3, total: 40 })).toBe('Phiếu số 3/40:');
    expect(translate('en', 'demo.useFor', { email: 'a@b.vn' })).toBe('Use this account: a@b.vn');
  });

  it('shows a message whose value is missing as written instead of failing', () => {
    expect(translate('en', 'demo.useFor')).toBe('Use this account: {email}');
  });

  it('has only valid ICU messages, and text without placeholders comes out exactly as written', () => {
    for (const dictionary of [vi, en] as Record<string, string>[]) {
      for (const [key, text] of Object.entries(dictionary)) {
        expect(() => new IntlMessageFormat(text, 'en-GB'), key).not.toThrow();
        if (!text.includes('{')) expect(new IntlMessageFormat(text, 'en-GB').format(), key).toBe(text);
      }
    }
  });
});
