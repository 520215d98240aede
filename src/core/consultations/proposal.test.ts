import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProposalText, cleanProposalText, findDuplicate, foldTitle, proposalOptionKey } from './proposal';

const vietnamese = fc.array(fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ,.!?-0123456789'.split('')), { maxLength: 40 }).map((cs) => cs.join(''));

describe('proposal text', () => {
  it('keeps the text in NFC, trimmed, with one space between words', () => {
    expect(cleanProposalText('  Đường\u00a0 giao\nthông  ')).toBe('Đường giao thông');
    expect(cleanProposalText('Đ\u0075\u031b\u0300ng')).toBe('Đừng');
  });

  it('counts characters after cleaning: 3 to 200', () => {
    expect(checkProposalText('  ab ')).toEqual({ ok: false, code: 'proposal.too_short', params: { min: 3, max: 200, given: 2 } });
    expect(checkProposalText('!?!')).toMatchObject({ ok: false, code: 'proposal.too_short' });
    expect(checkProposalText('Cầu')).toEqual({ ok: true, text: 'Cầu' });
    // Decomposed input is 6 code points before NFC but 3 characters as kept.
    expect(checkProposalText('Ca\u0300u\u0302')).toMatchObject({ ok: true });
    expect(checkProposalText('ơ'.repeat(200))).toMatchObject({ ok: true });
    expect(checkProposalText('ơ'.repeat(201))).toMatchObject({ ok: false, code: 'proposal.too_long', params: { given: 201 } });
  });

  it('cleaning is idempotent and never changes the verdict', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 250 }), (raw) => {
        const once = cleanProposalText(raw);
        expect(cleanProposalText(once)).toBe(once);
        expect(checkProposalText(once)).toEqual(checkProposalText(raw));
      }),
    );
  });
});

describe('duplicates', () => {
  it('ignore case, diacritics, đ, punctuation and spacing', () => {
    expect(foldTitle('Đường giao thông nông thôn!')).toBe(foldTitle('duong  GIAO thong, nong thon'));
    expect(foldTitle('Chợ')).not.toBe(foldTitle('Chợ mới'));
    const options = [{ key: 'r1', title: { vi: 'Nâng cấp trạm y tế xã', en: 'Upgrade the commune clinic' } }];
    expect(findDuplicate('nang cap tram y te xa', options, (o) => [o.title.vi, o.title.en])?.key).toBe('r1');
    expect(findDuplicate('UPGRADE the commune clinic.', options, (o) => [o.title.vi, o.title.en])?.key).toBe('r1');
    expect(findDuplicate('Xây trường mẫu giáo', options, (o) => [o.title.vi, o.title.en])).toBeUndefined();
  });

  it('a title is a duplicate of itself however it is cased, composed or spaced', () => {
    fc.assert(
      fc.property(vietnamese, (title) => {
        const variants = [title.toUpperCase(), title.normalize('NFD'), ` ${title.replace(/ /g, '  ')} `];
        for (const v of variants) expect(foldTitle(v)).toBe(foldTitle(title));
        expect(foldTitle(foldTitle(title))).toBe(foldTitle(title));
        expect(foldTitle(title)).toMatch(/^[a-z0-9 ]*$/);
      }),
    );
  });
});

describe('the key of an approved proposal', () => {
  it('is the first de-xuat-N the consultation does not have, and a valid option key', () => {
    expect(proposalOptionKey(new Set(['r1', 'r2']))).toBe('de-xuat-1');
    expect(proposalOptionKey(new Set(['de-xuat-1', 'de-xuat-3']))).toBe('de-xuat-2');
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(fc.integer({ min: 1, max: 30 }).map((n) => `de-xuat-${n}`), fc.string({ maxLength: 8 }))), (keys) => {
        const key = proposalOptionKey(new Set(keys));
        expect(keys).not.toContain(key);
        expect(key).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/);
      }),
    );
  });
});
