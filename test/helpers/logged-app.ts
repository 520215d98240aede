// An app whose log lines are kept, for tests of what the log says (and, as a developer would, to read
// one-time codes from the development sender's line).
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/db/connection';
import { buildApp } from '../../src/server';
import { ADMIN_TOKEN } from './app';

export const DEV_SENDER_LINE = 'verification code (development sender';

export type LoggedApp = Awaited<ReturnType<typeof loggedApp>>;

export async function loggedApp(database: Database, env: Record<string, string> = {}, now?: () => Date) {
  const lines: string[] = [];
  const config = loadConfig({ DOITHOAI_ADMIN_TOKEN: ADMIN_TOKEN, LOG_LEVEL: 'info', ...env });
  const app = await buildApp({ database, config, logStream: { write: (line: string) => lines.push(line) }, now });
  await app.ready();
  let address = 0;
  const post = (url: string, payload: object) => app.inject({ method: 'POST', url, payload, remoteAddress: `10.1.${Math.floor(++address / 250)}.${address % 250}` });
  const lastCode = () => {
    const sent = lines.map((l) => JSON.parse(l)).filter((l) => l.msg?.startsWith(DEV_SENDER_LINE));
    return sent.at(-1)?.code as string;
  };
  /** Asks for a code and confirms it: the confirmation's response (201 with a token, or the refusal). */
  const verify = async (id: string, contact: string) => {
    const asked = await post(`/api/consultations/${id}/verification`, { contact });
    if (asked.statusCode !== 202) return asked;
    return post(`/api/consultations/${id}/verification/confirm`, { contact, code: lastCode() });
  };
  return { app, lines, post, verify, lastCode };
}

