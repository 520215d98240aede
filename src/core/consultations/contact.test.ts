// Where the rules come from:
// - E-mail: Gmail delivers every dot variant of a local part to one mailbox (Gmail Help, "Dots don't
//   matter in Gmail addresses", support.google.com/mail/answer/7436150), delivers name+anything@ to
//   name@ (Gmail Help, "Create task-specific email addresses"), and googlemail.com is the same service
//   under its other domain. Plus-tags are folded for every provider (issue 11: one mailbox, one
//   ballot); dots only for the providers that document ignoring them.
// - Phone: Vietnam's numbering plan after the conversion announced by the Ministry of Information and
//   Communications on 29 May 2018 (thaibinh.gov.vn, "Chuyển đổi thuê bao di động 11 số thành 10 số từ
//   15/9/2018"): 11-digit 01xx mobile numbers became 03x, 05x, 07x, 08x by 30 June 2019, beside the
//   existing 09x; fixed lines had moved to 02x area codes in 2017. So a mobile number is 0 + nine digits
//   starting 3, 5, 7, 8 or 9, written +84 and those nine digits in E.164 (ITU-T E.164, country code 84).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalContact } from './contact';

const valueOf = (input: string) => {
  const r = canonicalContact(input);
  return r.ok ? r.contact.value : r.problem;
};

describe('canonicalContact: phones', () => {
  it('folds the ways a Vietnamese mobile number is written into E.164', () => {
    for (const written of ['0912345678', '+84 912 345 678', '84912345678', '(+84) 91-234-5678', '0912.345.678', '(091) 234 5678', '+84 (0) 912 345 678']) {
      expect(valueOf(written), written).toBe('+84912345678');
    }
    expect(valueOf('0339 123 456')).toBe('+84339123456');
    expect(valueOf('+84 59 912 3456')).toBe('+84599123456');
  });

  it('refuses what is not a Vietnamese mobile number, naming the phone as the problem', () => {
    // A Hà Nội landline, an old 11-digit number, too short, too long, another country, stray plus.
    for (const bad of ['024 3825 1234', '01695678945', '091234567', '09123456789', '+1 202 555 0143', '+84 612 345 678', '84+912345678', '++84912345678']) {
      expect(valueOf(bad), bad).toBe('phone');
    }
    for (const bad of ['', '   ', 'abc', '12ab34', '--']) expect(valueOf(bad), bad).toBe('unrecognised');
  });

  it('gives one value however a random mobile number is spaced and prefixed', () => {
    const national = fc.tuple(fc.constantFrom('3', '5', '7', '8', '9'), fc.stringMatching(/^\d{8}$/)).map(([a, b]) => a + b);
    const prefix = fc.constantFrom('0', '+84', '84', '(+84) ', '+84 ', '+84 (0) ');
    const separators = fc.array(fc.constantFrom('', ' ', '-', '.'), { minLength: 9, maxLength: 9 });
    fc.assert(
      fc.property(national, prefix, separators, (n, p, seps) => {
        const written = p + [...n].map((d, i) => d + seps[i]).join('');
        expect(valueOf(written)).toBe(`+84${n}`);
      }),
    );
  });
});

describe('canonicalContact: e-mail', () => {
  it('counts voter+1@, voter+2@ and Voter@ as one mailbox, and sends to the address as written', () => {
    expect(['voter+1@x.vn', 'voter+2@x.vn', 'Voter@x.vn', ' VOTER@X.VN '].map(valueOf)).toEqual(Array(4).fill('voter@x.vn'));
    const r = canonicalContact(' Lan.Nguyen+tham-van@CanTho.gov.vn ');
    expect(r).toEqual({ ok: true, contact: { kind: 'email', value: 'lan.nguyen@cantho.gov.vn', address: 'Lan.Nguyen+tham-van@CanTho.gov.vn' } });
  });

  it('ignores dots only where the provider does (gmail.com, googlemail.com)', () => {
    expect(['v.oter@gmail.com', 'voter@gmail.com', 'V.O.T.E.R+x@googlemail.com'].map(valueOf)).toEqual(Array(3).fill('voter@gmail.com'));
    expect(valueOf('v.oter@x.vn')).toBe('v.oter@x.vn');
  });

  it('refuses malformed addresses, naming the e-mail as the problem', () => {
    for (const bad of ['lan@', '@x.vn', 'a b@c.vn', 'lan@vn', '+tag@x.vn', 'lan@x@y.vn', '.@gmail.com', `${'a'.repeat(250)}@x.vn`]) {
      expect(valueOf(bad), bad).toBe('email');
    }
  });

  it('is a fixed point, and tags, case and Gmail dots never change the mailbox', () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,12}$/);
    fc.assert(
      fc.property(word, word, fc.constantFrom('x.vn', 'gmail.com', 'cantho.gov.vn'), fc.nat(11), (name, tag, domain, dotAt) => {
        const plain = valueOf(`${name}@${domain}`);
        expect(valueOf(plain)).toBe(plain);
        expect(valueOf(`${name.toUpperCase()}+${tag}@${domain.toUpperCase()}`)).toBe(plain);
        if (domain === 'gmail.com') expect(valueOf(`${name.slice(0, dotAt)}.${name.slice(dotAt)}@googlemail.com`)).toBe(plain);
      }),
    );
  });
});
