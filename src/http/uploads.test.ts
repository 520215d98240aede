// One import per person at a time: a second one while the first is under way is refused with 429,
// another person's goes ahead, and the first one's end frees the place.
import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { AppError } from './errors';
import { oneImportAtATime } from './uploads';

const person = (userId: string): Actor => ({ userId, label: userId, platformRole: null, spaceRoles: new Map(), via: 'session' });

describe('oneImportAtATime', () => {
  it('refuses a second import by the same person while the first runs', async () => {
    let finish!: (v: string) => void;
    const first = oneImportAtATime(person('an'), () => new Promise<string>((r) => (finish = r)));
    const second = await oneImportAtATime(person('an'), async () => 'second').catch((e: unknown) => e);
    expect(second).toBeInstanceOf(AppError);
    expect(second).toMatchObject({ status: 429, code: 'upload.busy' });
    expect((second as AppError).text.vi).toBe('Bạn đang nhập một tệp khác; hãy chờ lần nhập đó xong rồi thử lại.');
    expect(await oneImportAtATime(person('binh'), async () => 'other person')).toBe('other person');
    finish('first');
    expect(await first).toBe('first');
    expect(await oneImportAtATime(person('an'), async () => 'after')).toBe('after');
  });

  it('frees the place when the import fails', async () => {
    await expect(oneImportAtATime(person('chi'), async () => Promise.reject(new Error('bad file')))).rejects.toThrow('bad file');
    expect(await oneImportAtATime(person('chi'), async () => 'again')).toBe('again');
  });
});
