// The create form's reading of stakeholder-group weights (web/src/features/consultations/spec.ts): an official
// types 0,3 the Vietnamese way or 0.3 the English way and means the same share; text that is no number is
// named as the bad field rather than silently dropped.
import { describe, expect, it } from 'vitest';
import { buildSpec, type FormState, type Row } from '../../web/src/features/consultations/spec';

let id = 1;
const row = (vi: string, weight = ''): Row => ({ id: id++, vi, en: '', weight });
const form = (groups: Row[]): FormState => ({
  titleVi: 'Ưu tiên phát triển 2026',
  titleEn: '',
  options: [row('Giao thông'), row('Y tế')],
  ballotType: 'approval',
  min: '',
  max: '',
  scale: '',
  points: '',
  clusters: [],
  groups,
  access: 'open',
  illustrative: false,
});
const label = (key: string) => key;

describe('group weights typed into the create form', () => {
  it('reads 0,3 and 0.3 alike', () => {
    const built = buildSpec(form([row('Người dân', '0,3'), row('Doanh nghiệp', '0.7')]), 'space-1', label);
    expect('spec' in built && built.spec.groups?.map((g) => g.weight)).toEqual([0.3, 0.7]);
  });

  it('names the weight that is not a number, even when it is the only one', () => {
    const bad = row('Người dân', 'ba phần mười');
    expect(buildSpec(form([bad]), 'space-1', label)).toEqual({ key: 'create.error.weights', field: `c-group-${bad.id}-weight` });
  });

  it('refuses a weight given to some groups only', () => {
    const missing = row('Doanh nghiệp');
    expect(buildSpec(form([row('Người dân', '0,5'), missing]), 'space-1', label)).toEqual({ key: 'create.error.weights', field: `c-group-${missing.id}-weight` });
  });
});
