import { describe, expect, it } from 'vitest';
import { pointLocality } from './points';

describe('a connection point’s province', () => {
  it('is one of the 63 for a forum before 1 July 2025 (Thừa Thiên Huế, GSO 46, on 13/07/2021)', () => {
    expect(pointLocality('vn63:46', '2021-07-13')?.fullName).toBe('Tỉnh Thừa Thiên Huế');
    expect(pointLocality('vn34:46', '2021-07-13')).toBeNull();
  });

  it('is one of the 34 from 1 July 2025 (Hà Giang, 02, was joined to Tuyên Quang)', () => {
    expect(pointLocality('vn63:02', '2025-07-01')).toBeNull();
    expect(pointLocality('vn63:02', '2025-06-30')?.name).toBe('Hà Giang');
    expect(pointLocality('vn34:08', '2025-07-01')?.name).toBe('Tuyên Quang');
  });

  it('is nothing for a code no list has', () => {
    expect(pointLocality('vn63:99', '2021-07-13')).toBeNull();
    expect(pointLocality('46', '2021-07-13')).toBeNull();
  });
});
