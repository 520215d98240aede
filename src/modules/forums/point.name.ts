// A connection point's name: its province as named on the forum's first day ("Tỉnh Thừa Thiên Huế" in
// 2021, "Thành phố Huế" since 2025), or its organisation.
import { pointLocality } from '../../core/forums';
import type { Forum, ForumPoint } from './forum.load';

export function pointName(forum: Forum, p: ForumPoint): { vi: string; en: string } {
  if (p.kind === 'organisation') return { vi: p.organisation ?? '', en: p.organisation ?? '' };
  const province = pointLocality(p.localityId ?? '', forum.startsOn);
  return { vi: province?.fullName ?? p.localityId ?? '', en: province?.nameEn ?? p.localityId ?? '' };
}
