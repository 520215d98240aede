// Issue 11 finding 5: the log never carries a ballot token, a one-time code or a contact, except the
// development sender's own line (which stands in for the SMS or e-mail). Read from the log stream of
// an app while people verify, open their ballot page and vote.
import { expect, it } from 'vitest';
import { clusterConferenceSpec, openConsultation } from '../helpers/consultation';
import { describeApp } from '../helpers/http';
import { DEV_SENDER_LINE } from '../helpers/logged-app';

describeApp('the request log', { log: {} }, (t) => {
  it('records /vote/[token] and never a token, code or contact outside the development sender line', async () => {
    const { id, tokens } = await openConsultation(t.app, clusterConferenceSpec({ access: 'open' }), { count: 1 });
    const secrets: string[] = [...tokens];
    for (const [contact, canonical] of [['Lan.Nguyen+hop@CanTho.gov.vn', 'lan.nguyen@cantho.gov.vn'], ['(+84) 98-765-4321', '+84987654321']]) {
      await t.log.post(`/api/consultations/${id}/verification`, { contact });
      const code = t.log.lastCode();
      const wrong = code === '000000' ? '111111' : '000000';
      await t.log.post(`/api/consultations/${id}/verification/confirm`, { contact, code: wrong });
      const { token } = (await t.log.post(`/api/consultations/${id}/verification/confirm`, { contact, code })).json();
      secrets.push(contact, contact.toLowerCase(), canonical, canonical.replace('+84', '0'), code, token);
      const lang = await t.app.inject({ method: 'GET', url: `/vote/${token}?lang=vi&token=${token}` });
      expect(lang.statusCode).toBe(200);
      const voted = await t.app.inject({ method: 'POST', url: `/vote/${token}`, payload: 'approve=r1&approve=r2', headers: { 'content-type': 'application/x-www-form-urlencoded' }, remoteAddress: '10.9.9.9' });
      expect(voted.statusCode).toBe(201);
    }
    await t.app.inject({ method: 'GET', url: `/vote/${tokens[0]}/nothing-here` });

    const devLines = t.log.lines.filter((l) => l.includes(DEV_SENDER_LINE));
    const others = t.log.lines.filter((l) => !l.includes(DEV_SENDER_LINE));
    expect(devLines).toHaveLength(2);
    expect(others.some((l) => l.includes('"url":"/vote/[token]?lang=vi&token=[redacted]"'))).toBe(true);
    expect(others.some((l) => l.includes('/vote/[token]') && l.includes('10.9.9.9'))).toBe(true);
    for (const secret of secrets) {
      // Codes are six digits: look for them standing alone, not inside a timestamp.
      const pattern = /^\d+$/.test(secret) ? new RegExp(`(?<!\\d)${secret}(?!\\d)`) : null;
      const leaked = others.filter((l) => (pattern ? pattern.test(l) : l.includes(secret)));
      expect(leaked, secret).toEqual([]);
    }
  });
});
