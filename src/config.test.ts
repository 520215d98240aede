// DOITHOAI_PUBLIC_URL: an address people can open, or one sentence naming the variable; DOITHOAI_TRUST_PROXY; DOITHOAI_OPINION_MAPS.
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

describe('DOITHOAI_TRUST_PROXY', () => {
  it('is off unless given: no client may name its own address', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ DOITHOAI_TRUST_PROXY: '' }).trustProxy).toBe(false);
  });

  it('takes a hop count or a list of proxy addresses and ranges', () => {
    expect(loadConfig({ DOITHOAI_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ DOITHOAI_TRUST_PROXY: '127.0.0.1' }).trustProxy).toEqual(['127.0.0.1']);
    expect(loadConfig({ DOITHOAI_TRUST_PROXY: '10.0.0.0/8, ::1,loopback' }).trustProxy).toEqual(['10.0.0.0/8', '::1', 'loopback']);
  });

  it.each(['true', '0', '11', '10.0.0.0/33', 'proxy.example.vn', '127.0.0.1,', '1.2.3'])('refuses %s with one sentence naming the variable', (value) => {
    expect(() => loadConfig({ DOITHOAI_TRUST_PROXY: value })).toThrow(ConfigError);
    expect(() => loadConfig({ DOITHOAI_TRUST_PROXY: value })).toThrow(/^Biến môi trường DOITHOAI_TRUST_PROXY không hợp lệ: .*\(environment variable DOITHOAI_TRUST_PROXY is invalid: .*\)\.$/);
  });
});

describe('HOST', () => {
  it('keeps the demo, whose password is published, on this machine unless HOST is set', () => {
    expect(loadConfig({}).host).toBe('0.0.0.0');
    expect(loadConfig({}, { demo: true }).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }, { demo: true }).host).toBe('0.0.0.0');
  });
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

describe('DOITHOAI_OPINION_MAPS', () => {
  it('is on unless false; anything else is one sentence naming the variable', () => {
    expect(loadConfig({}).opinionMaps).toBe(true);
    expect(loadConfig({ DOITHOAI_OPINION_MAPS: 'true' }).opinionMaps).toBe(true);
    expect(loadConfig({ DOITHOAI_OPINION_MAPS: 'false' }).opinionMaps).toBe(false);
    expect(() => loadConfig({ DOITHOAI_OPINION_MAPS: 'off' })).toThrow(/^Biến môi trường DOITHOAI_OPINION_MAPS không hợp lệ: .*environment variable DOITHOAI_OPINION_MAPS is invalid/);
  });
});
