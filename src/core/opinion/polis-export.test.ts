import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { voteMatrix } from './matrix';
import { readPolisExport } from './polis-export';

const votes = (lines: string[]) => ({ name: 'votes.csv', text: ['timestamp,datetime,comment-id,voter-id,vote', ...lines].join('\n') });

describe('readPolisExport', () => {
  it('reads votes, and counts only the latest vote of a participant on a statement', () => {
    const input = readPolisExport(votes(['10,x,0,7,1', '30,x,0,7,-1', '20,x,0,7,0', '15,x,1,8,0']));
    expect(input.votes).toHaveLength(4);
    const matrix = voteMatrix(input);
    expect(matrix.participants).toEqual(['7', '8']);
    expect(matrix.statements).toEqual(['0', '1']);
    // participant 7 on statement 0: the vote at 30 (disagree), not the one at 20; 7 has no vote on 1
    expect([...matrix.start]).toEqual([0, 1, 2]);
    expect([...matrix.column]).toEqual([0, 1]);
    expect([...matrix.value]).toEqual([-1, 0]);
    expect([...matrix.voteCounts]).toEqual([1, 1]);
  });

  it('zeroes statements moderated out (−1) and meta statements', () => {
    const comments = { name: 'comments.csv', text: 'timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body,is-meta\n1,x,0,1,0,0,-1,"a",0\n1,x,1,1,0,0,1,"b",1\n1,x,2,1,0,0,0,"c",0\n' };
    expect(readPolisExport(votes(['1,x,0,1,1']), comments).zeroed).toEqual(['0', '1']);
  });

  it('refuses a vote other than 1, 0 or -1, naming file, line and column in English and Vietnamese', () => {
    const refused = (() => {
      try {
        readPolisExport(votes(['1,x,0,1,1', '2,x,1,1,2']));
      } catch (err) {
        return err as InputError;
      }
      throw new Error('not refused');
    })();
    expect(refused).toBeInstanceOf(InputError);
    expect(refused.message).toBe('votes.csv, line 3: column vote must hold 1, 0 or -1.');
    expect(refused.vi).toBe('votes.csv, dòng 3: cột vote phải là 1, 0 hoặc -1.');
  });

  it('refuses a file without the columns it needs', () => {
    expect(() => readPolisExport({ name: 'votes.csv', text: 'timestamp,comment-id,vote\n1,0,1\n' })).toThrow('votes.csv, line 1: the header lacks the column voter-id.');
  });
});
