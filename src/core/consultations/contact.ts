// A participant's contact for a one-time code: a Vietnamese mobile number in its 10-digit national
// form (+84/84 prefixes folded), or an e-mail address in lower case. Anything else is refused.
export type Contact = { kind: 'phone' | 'email'; value: string };

export function normalizeContact(input: string): Contact | null {
  const text = input.trim();
  if (text.includes('@')) {
    const email = text.toLowerCase();
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254 ? { kind: 'email', value: email } : null;
  }
  let digits = text.replace(/[\s.\-()]/g, '');
  if (digits.startsWith('+84')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('84') && digits.length === 11) digits = `0${digits.slice(2)}`;
  return /^0[35789]\d{8}$/.test(digits) ? { kind: 'phone', value: digits } : null;
}
