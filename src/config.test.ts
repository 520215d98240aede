// DOITHOAI_PUBLIC_URL: an address people can open, or one sentence naming the variable.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('DOITHOAI_PUBLIC_URL', () => {
  it('is unset unless given, and loses a trailing slash', () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(loadConfig({ DOITHOAI_PUBLIC_URL: '' }).publicUrl).toBeUndefined();
    expect(loadConfig({ DOITHOAI_PUBLIC_URL: 'https://thamvan.example.vn/' }).publicUrl).toBe('https://thamvan.example.vn');
    expect(loadConfig({ DOITHOAI_PUBLIC_URL: 'http://10.0.0.5:3000/doithoai' }).publicUrl).toBe('http://10.0.0.5:3000/doithoai');
  });

  it.each(['thamvan.example.vn', 'ftp://thamvan.example.vn', 'https://', 'https://thamvan.example.vn/?a=1', 'https://thamvan.example.vn/#x', 'https://a b.vn', 'https://user:pw@thamvan.example.vn'])(
    'refuses %s with one sentence in Vietnamese and English naming the variable',
    (value) => {
      let error: unknown;
      try {
        loadConfig({ DOITHOAI_PUBLIC_URL: value });
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ConfigError);
      const text = (error as Error).message;
      expect(text.split('\n')).toHaveLength(1);
      expect(text).toContain('Biến môi trường DOITHOAI_PUBLIC_URL không hợp lệ');
      expect(text).toContain('environment variable DOITHOAI_PUBLIC_URL is invalid');
    },
  );
});

describe('DOITHOAI_LIVE_STREAMS_PER_ADDRESS', () => {
  it('is 20 unless given', () => {
    expect(loadConfig({}).liveStreamsPerAddress).toBe(20);
    expect(loadConfig({ DOITHOAI_LIVE_STREAMS_PER_ADDRESS: '200' }).liveStreamsPerAddress).toBe(200);
  });

  it.each(['0', '-1', '2.5', 'many', '10001'])('refuses %s with one sentence naming the variable', (value) => {
    expect(() => loadConfig({ DOITHOAI_LIVE_STREAMS_PER_ADDRESS: value })).toThrow(
      /^Biến môi trường DOITHOAI_LIVE_STREAMS_PER_ADDRESS không hợp lệ: .*\(environment variable DOITHOAI_LIVE_STREAMS_PER_ADDRESS is invalid: .*\)\.$/,
    );
  });
});
