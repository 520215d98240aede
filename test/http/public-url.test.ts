// DOITHOAI_PUBLIC_URL: invitation cards printed from a session on localhost carry the address people
// reach the server at, and the cards' links work there; unset, cards keep the request's address.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../src/modules/module';
import { adminHeaders, testApp } from '../helpers/app';
import { clusterConferenceSpec, openConsultation } from '../helpers/consultation';
import { describeApp } from '../helpers/http';

describeApp('invitation cards and DOITHOAI_PUBLIC_URL', {}, (t) => {
  let configured: App;
  let work = '';
  beforeAll(async () => {
    configured = await testApp(t.database, { publicUrl: 'https://thamvan.example.vn/hoi-nghi' });
    work = mkdtempSync(path.join(tmpdir(), 'doithoai-public-url-'));
  });
  afterAll(async () => {
    await configured?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const cardsText = async (app: App, id: string, name: string) => {
    const res = await app.inject({ method: 'POST', url: `/api/consultations/${id}/invitations.pdf`, headers: { ...adminHeaders, host: 'localhost:3000' }, payload: { count: 2 } });
    expect(res.statusCode).toBe(201);
    const file = path.join(work, `${name}.pdf`);
    writeFileSync(file, res.rawPayload);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
  };

  it('prints the configured address on the cards, whatever host the facilitator used', async () => {
    const { id } = await openConsultation(configured, clusterConferenceSpec(), { count: 1 });
    const text = await cardsText(configured, id, 'configured');
    const urls = [...text.matchAll(/https:\/\/thamvan\.example\.vn\/hoi-nghi\/vote\/([A-Za-z0-9_-]+)/g)];
    expect(urls).toHaveLength(2);
    expect(text).not.toContain('localhost');
    // the token on the card is a real invitation: its ballot page opens
    const page = await configured.inject({ method: 'GET', url: `/vote/${urls[0][1]}` });
    expect(page.statusCode).toBe(200);
  });

  it('keeps the request’s address when the setting is absent', async () => {
    const { id } = await openConsultation(t.app, clusterConferenceSpec(), { count: 1 });
    const text = await cardsText(t.app, id, 'plain');
    expect([...text.matchAll(/http:\/\/localhost:3000\/vote\/[A-Za-z0-9_-]+/g)]).toHaveLength(2);
  });
});
