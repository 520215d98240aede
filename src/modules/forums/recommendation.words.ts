// How a recommendation's standing reads, Vietnamese first: on the public page and in the minutes.
// The schedule statuses read as on the plans' public dashboard.
import type { Rag } from '../../core/plans';
import type { Lang } from '../../http/pages';
import { formatDate, formatNumber } from '../../core/format';
import type { FollowUp } from '../plans';
import type { Recommendation } from './recommendation.service';

const rag: Record<Rag, Record<Lang, string>> = {
  done: { vi: 'Hoàn thành', en: 'Done' },
  green: { vi: 'Đúng tiến độ', en: 'On track' },
  amber: { vi: 'Chậm', en: 'Behind' },
  red: { vi: 'Chậm nghiêm trọng', en: 'Off track' },
  'not-started': { vi: 'Chưa bắt đầu', en: 'Not started' },
};
const status = {
  proposed: { vi: 'Đang xem xét', en: 'Under review' },
  accepted: { vi: 'Đã chấp nhận, chưa đưa vào kế hoạch', en: 'Accepted, not yet in a plan' },
  declined: { vi: 'Không chấp nhận', en: 'Declined' },
};

/** "Nhiệm vụ KN1 — Đúng tiến độ, 40 % (báo cáo kỳ 2026-Q4, 30/11/2026)", or the recommendation's own status. */
export function standing(lang: Lang, r: Pick<Recommendation, 'status'>, f: FollowUp | null): string {
  if (!f) return status[r.status][lang];
  const percent = `${formatNumber(f.progress, lang, { digits: 1 })} %`;
  const report = f.lastReport
    ? lang === 'vi'
      ? ` (báo cáo kỳ ${f.lastReport.period}, ${formatDate(f.lastReport.submittedOn)})`
      : ` (report for ${f.lastReport.period}, ${formatDate(f.lastReport.submittedOn)})`
    : lang === 'vi'
      ? ' (chưa có báo cáo)'
      : ' (no report yet)';
  return `${lang === 'vi' ? 'Nhiệm vụ' : 'Action'} ${f.code} — ${rag[f.status][lang]}, ${percent}${report}`;
}
