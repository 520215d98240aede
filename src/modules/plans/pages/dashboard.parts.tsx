// Pieces of the public plans dashboard: its words, numbers as people write them, progress bars,
// status labels and KPI sparklines as inline SVG.
import type { Rag } from '../../../core/plans';
import type { Lang } from '../../../http/pages';
import type { Localized } from '../../../i18n/messages';
import { formatNumber, formatPercent } from '../../../core/format';

export const words = {
  vi: {
    title: 'Theo dõi thực hiện kế hoạch', progress: 'Tiến độ', expected: 'theo kế hoạch', lead: 'Chủ trì', due: 'Hạn', action: 'Nhiệm vụ', status: 'Tình trạng',
    kpi: 'Chỉ tiêu', target: 'mục tiêu', baseline: 'gốc', scorecard: 'Bảng đánh giá đơn vị chủ trì, kỳ', agency: 'Đơn vị', onTime: 'Báo cáo đúng hạn',
    onTrack: 'Nhiệm vụ đúng tiến độ', attainment: 'Đạt chỉ tiêu (bình quân)', overdue: 'Quá hạn', asOf: 'Số liệu đến ngày', other: 'English',
    method: 'Tiến độ mục tiêu và kế hoạch là bình quân có trọng số của các nhiệm vụ (trọng số khai báo, nếu không thì kinh phí kế hoạch, nếu không thì bằng nhau). Vàng: chậm hơn kế hoạch trên 10 điểm %; đỏ: chậm trên 25 điểm % hoặc quá hạn chưa xong.',
  },
  en: {
    title: 'Plan implementation tracking', progress: 'Progress', expected: 'planned', lead: 'Lead', due: 'Due', action: 'Action', status: 'Status',
    kpi: 'KPI', target: 'target', baseline: 'baseline', scorecard: 'Lead agency scorecard, period', agency: 'Agency', onTime: 'Reports on time',
    onTrack: 'Actions on track', attainment: 'KPI attainment (mean)', overdue: 'Overdue', asOf: 'Figures as of', other: 'Tiếng Việt',
    method: 'Objective and plan progress is the weighted mean of their actions (declared weight, else planned budget, else equal). Amber: more than 10 points behind schedule; red: more than 25 points behind, or past due and not done.',
  },
};

const ragText: Record<Rag, Localized> = {
  done: { vi: 'Hoàn thành', en: 'Done' },
  green: { vi: 'Đúng tiến độ', en: 'On track' },
  amber: { vi: 'Chậm', en: 'Behind' },
  red: { vi: 'Chậm nghiêm trọng', en: 'Off track' },
  'not-started': { vi: 'Chưa bắt đầu', en: 'Not started' },
};

export const num = (lang: Lang, x: number, digits = 1) => formatNumber(x, lang, { digits });
// Vietnamese writes a space before the sign, as the staff pages do.
export const pct = (lang: Lang, x: number) => formatPercent(x / 100, lang);
/** A period key as people write it: 2026-10 → 10/2026, 2026-Q3 → Quý 3/2026 (Q3 2026). */
export const periodText = (lang: Lang, key: string) => {
  const [year, part] = key.split('-');
  return part.startsWith('Q') ? (lang === 'vi' ? `quý ${part.slice(1)}/${year}` : `Q${part.slice(1)} ${year}`) : `${part}/${year}`;
};

export function Bar({ progress, expected, status }: { progress: number; expected: number; status: string }) {
  const clamp = (x: number) => `${Math.max(0, Math.min(100, x)).toFixed(1)}%`;
  return (
    <div className="track">
      <div className={`fill ${status}`} style={{ width: clamp(progress) }} />
      <div className="exp" style={{ left: clamp(expected) }} />
    </div>
  );
}

export const Badge = ({ lang, status }: { lang: Lang; status: string }) => <span className={`rag ${status}`}>{ragText[status as Rag][lang]}</span>;

/** A 120×32 sparkline of a KPI's reported values with its target as a dashed line. */
export function Sparkline({ series, baseline, target }: { series: { value: number }[]; baseline: number; target: number }) {
  if (!series.length) return null;
  const values = [baseline, target, ...series.map((s) => s.value)];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const y = (v: number) => (hi === lo ? 16 : 30 - ((v - lo) / (hi - lo)) * 28).toFixed(1);
  const x = (i: number) => (series.length === 1 ? 60 : (i / (series.length - 1)) * 118 + 1).toFixed(1);
  return (
    <svg width="120" height="32" viewBox="0 0 120 32" aria-hidden="true">
      <line x1="0" x2="120" y1={y(target)} y2={y(target)} stroke="#888" strokeDasharray="3 3" />
      <polyline fill="none" stroke="#0e5a7a" strokeWidth="2" points={series.map((s, i) => `${x(i)},${y(s.value)}`).join(' ')} />
    </svg>
  );
}

export const style = `body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1b2430;background:#f4f6f8}main{max-width:48rem;margin:0 auto;padding:1rem}
header{background:#12324a;color:#fff;padding:.6rem 1rem;display:flex;justify-content:space-between}header a{color:#fff}h1{font-size:1.3rem}h2{font-size:1.15rem}h3{font-size:1rem;margin:1.2rem 0 .3rem}
article{background:#fff;border-radius:6px;padding:.8rem;margin-bottom:1rem}ul{list-style:none;padding:0;margin:.4rem 0}li{border-top:1px solid #e3e8ee;padding:.5rem 0}
.row{display:flex;justify-content:space-between;align-items:flex-start;gap:.5rem}.track{position:relative;height:.6rem;background:#e3e8ee;border-radius:3px;margin:.3rem 0}.fill{height:100%;border-radius:3px;background:#2e7d32}
.exp{position:absolute;top:-2px;width:2px;height:calc(100% + 4px);background:#1b2430}.rag{flex:none;font-size:.8rem;border-radius:3px;padding:0 .35rem;white-space:nowrap;font-weight:600}
.done{background:#1b5e20;color:#fff}.green{background:#2e7d32;color:#fff}.amber{background:#f2b705;color:#1b2430}.red{background:#b3261e;color:#fff}.not-started{background:#cfd8dc;color:#1b2430}
small,.help{color:#4a5866}.kpi{font-size:.85rem;margin-top:.3rem}.big{font-size:1.2rem}.scroll{overflow-x:auto}table{width:100%;border-collapse:collapse}td,th{padding:.35rem;border-bottom:1px solid #e3e8ee;text-align:left;vertical-align:top}.num{text-align:right}`;


type ProgressProps = { lang: Lang; of: { progress: number; expected: number }; big?: boolean; after?: string };

/** "Tiến độ 40 % · theo kế hoạch 55 %", then what follows it. */
export function ProgressText({ lang, of, big, after = '' }: ProgressProps) {
  const w = words[lang];
  return (
    <>
      {`${w.progress} `}
      <strong className={big ? 'big' : undefined}>{pct(lang, of.progress)}</strong>
      {` · ${w.expected} ${pct(lang, of.expected)}${after}`}
    </>
  );
}
