// A participant's contact for a one-time code, in the one canonical form that decides "same person":
// a Vietnamese mobile number in E.164 (+84 and nine digits), or an e-mail address folded to its
// mailbox. Two inputs that reach the same phone or mailbox must give the same `value`, or one person
// gets two ballots; `address` is where the code is actually sent.
export type Contact = { kind: 'phone' | 'email'; value: string; address: string };

/** Why an input was refused: each reason has its own message (verify.bad_phone, verify.bad_email, verify.bad_contact). */
export type ContactProblem = 'phone' | 'email' | 'unrecognised';

export type ContactResult = { ok: true; contact: Contact } | { ok: false; problem: ContactProblem };

// Mailboxes whose provider ignores dots in the local part; the value is the domain they deliver to.
const DOT_BLIND: Record<string, string> = { 'gmail.com': 'gmail.com', 'googlemail.com': 'gmail.com' };

export function canonicalContact(input: string): ContactResult {
  const text = input.normalize('NFC').trim();
  if (text.includes('@')) return canonicalEmail(text);
  if (!/^[\d\s.\-()+]+$/.test(text) || !/\d/.test(text)) return { ok: false, problem: 'unrecognised' };
  const phone = canonicalPhone(text);
  return phone ? { ok: true, contact: { kind: 'phone', value: phone, address: phone } } : { ok: false, problem: 'phone' };
}

function canonicalEmail(text: string): ContactResult {
  const lower = text.toLowerCase();
  const at = lower.lastIndexOf('@');
  const [local, domain] = [lower.slice(0, at), lower.slice(at + 1)];
  const wellFormed = lower.length <= 254 && !/\s/.test(lower) && !local.includes('@') && /^[^@]+\.[^@.]+$/.test(domain) && !domain.startsWith('.');
  let mailbox = local.split('+')[0];
  const target = DOT_BLIND[domain] ?? domain;
  if (DOT_BLIND[domain]) mailbox = mailbox.replaceAll('.', '');
  if (!wellFormed || mailbox === '') return { ok: false, problem: 'email' };
  return { ok: true, contact: { kind: 'email', value: `${mailbox}@${target}`, address: text } };
}

/**
 * +84 and the nine-digit national number of a mobile line, or null. Written forms folded: a leading
 * 0, +84, 84 or (+84), with spaces, dots, dashes and brackets anywhere. Mobile numbers begin 3, 5, 7,
 * 8 or 9 after the 0; 02x are fixed lines, and the old 11-digit 01xx numbers no longer exist.
 */
export function canonicalPhone(text: string): string | null {
  if ((text.match(/\+/g) ?? []).length > 1 || /\d.*\+/.test(text)) return null;
  const digits = text.replace(/[\s.\-()+]/g, '');
  let national: string;
  if (digits.startsWith('84') && digits.length === 11) national = digits.slice(2);
  // "+84 (0) 912…": the trunk 0 written after the country code.
  else if (digits.startsWith('840') && digits.length === 12) national = digits.slice(3);
  else if (text.includes('+')) return null;
  else if (digits.startsWith('0') && digits.length === 10) national = digits.slice(1);
  else return null;
  return /^[35789]\d{8}$/.test(national) ? `+84${national}` : null;
}
