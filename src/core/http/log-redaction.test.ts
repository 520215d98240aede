import { describe, expect, it } from 'vitest';
import { redactLogLine } from './log-redaction';

describe('redactLogLine', () => {
  it('hides the token of ballot links wherever they appear in a line, and secret query values', () => {
    const line = '{"req":{"url":"/vote/AbC-12_x?lang=vi","remoteAddress":"10.0.0.7"},"msg":"Route GET:/VOTE/AbC-12_x/proposals not found"}';
    expect(redactLogLine(line)).toBe('{"req":{"url":"/vote/[token]?lang=vi","remoteAddress":"10.0.0.7"},"msg":"Route GET:/VOTE/[token]/proposals not found"}');
    expect(redactLogLine('"url":"/api/x?lang=en&token=s3cr3t&code=123456"')).toBe('"url":"/api/x?lang=en&token=[redacted]&code=[redacted]"');
  });

  it('leaves lines without secrets as they are', () => {
    const line = '{"req":{"method":"POST","url":"/api/consultations/5b1e/verification"},"msg":"incoming request"}';
    expect(redactLogLine(line)).toBe(line);
  });
});
