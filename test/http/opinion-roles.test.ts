// Opinion mapping, role × action: the space's facilitator makes, seeds, moderates, opens and closes
// conversations; an official and an observer read them (statements, map, participation, the Word report);
// someone with no role in the private space is told it does not exist; someone signed out is asked to sign
// in; the Pol.is-format open data is public to everyone, as the public pages are. Written out by hand from the
// product's rules (opinion.policy.ts).
import { beforeAll, expect, it } from 'vitest';
import { describeApp } from '../helpers/http';
import { conversationBody, makeConversation, makeOpinionWorld, opinionRoles, type OpinionRole, type OpinionWorld } from '../helpers/opinion';

type Who = OpinionRole | 'anon';
type Action = 'list' | 'create' | 'read' | 'statements' | 'seed' | 'moderate' | 'map' | 'participation' | 'close' | 'open' | 'report' | 'export';
const actions: Action[] = ['list', 'create', 'read', 'statements', 'seed', 'moderate', 'map', 'participation', 'close', 'open', 'report', 'export'];

const expected: Record<Who, number[]> = {
  //     list create read stmts seed  mod   map  part close open  report export (open data: public)
  fac: [200, 201, 200, 200, 201, 200, 200, 200, 200, 200, 200, 200],
  off: [200, 403, 200, 200, 403, 403, 200, 200, 403, 403, 200, 200],
  obs: [200, 403, 200, 200, 403, 403, 200, 200, 403, 403, 200, 200],
  out: [404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 200],
  anon: [401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 200],
};

describeApp('opinion roles × actions', {}, (t) => {
  let w: OpinionWorld;
  let id = '';
  beforeAll(async () => {
    w = await makeOpinionWorld(t, 'rl');
    id = await makeConversation(t, w, 'vai-tro', ['Một']);
  });

  const call = (action: Action, who: Who, n: number) => {
    const headers = who === 'anon' ? {} : w.s[who].headers;
    const c = `/api/conversations/${id}`;
    const send = (method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, headers, payload });
    switch (action) {
      case 'list': return send('GET', `/api/spaces/${w.spaceId}/conversations`);
      case 'create': return send('POST', `/api/spaces/${w.spaceId}/conversations`, conversationBody(`vai-tro-${who}-${n}`));
      case 'read': return send('GET', c);
      case 'statements': return send('GET', `${c}/statements`);
      case 'seed': return send('POST', `${c}/statements`, { text: `Ý kiến của ${who} số ${n}` });
      case 'moderate': return send('POST', `${c}/statements/0/moderation`, { decision: n % 2 ? 'approve' : 'meta' });
      case 'map': return send('GET', `${c}/map`);
      case 'participation': return send('GET', `${c}/participation`);
      case 'close': return send('POST', `${c}/close`);
      case 'open': return send('POST', `${c}/open`);
      case 'report': return send('GET', `${c}/report.docx`);
      case 'export': return send('GET', `${c}/export/votes.csv`);
    }
  };

  it('answers every role and action as the rules say', async () => {
    let n = 0;
    for (const who of [...opinionRoles, 'anon'] as Who[]) {
      for (const [k, action] of actions.entries()) {
        const res = await call(action, who, n++);
        expect(res.statusCode, `${who} ${action}: ${res.body}`).toBe(expected[who][k]);
      }
    }
  });

  it('tells the staff app what the caller may do', async () => {
    const read = (who: OpinionRole) => t.app.inject({ method: 'GET', url: `/api/conversations/${id}`, headers: w.s[who].headers });
    expect((await read('fac')).json().permissions).toEqual({ manage: true, moderate: true });
    expect((await read('obs')).json().permissions).toEqual({ manage: false, moderate: false });
  });
});
