// The forum benchmark's 60 screens (the hall's and each point's live question streams): every event's
// arrival time and approved count, and from them how long each acknowledged approval took to show.
import http from 'node:http';
import { adminHeaders } from './results.seed';

export type Screen = { events: { at: number; approved: number }[]; close: () => void };
/** An approval acknowledged at `at`, after which the screen must show at least `approved`. */
export type Due = { at: number; approved: number };

/** Opens one screen's stream; resolves at its first event. */
export function openScreen(url: string): Promise<Screen> {
  return new Promise((resolve, reject) => {
    const screen: Screen = { events: [], close: () => req.destroy() };
    const req = http.get(url, { agent: false, headers: adminHeaders }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`screen stream answered ${res.statusCode}`));
      let tail = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        tail += chunk;
        for (const m of tail.matchAll(/data: \{"approved":(\d+)/g)) screen.events.push({ at: performance.now(), approved: Number(m[1]) });
        tail = tail.slice(tail.lastIndexOf('\n\n') + 1);
        resolve(screen);
      });
    });
    req.on('error', reject);
  });
}

/**
 * For each approval due on a screen, the time from its acknowledgement until the screen showed it (0 when
 * the screen had it before the answer arrived); undefined when it never did.
 */
export function delays(screen: Screen, due: Due[]): (number | undefined)[] {
  let next = 0;
  return due.map((d) => {
    // Approved counts only grow and the dues come in order, so the search only moves forward.
    while (next < screen.events.length && screen.events[next].approved < d.approved) next++;
    return next < screen.events.length ? Math.max(0, screen.events[next].at - d.at) : undefined;
  });
}
