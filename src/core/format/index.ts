export { formatNumber, formatPercent, type NumberStyle } from './number';
export { formatDate, formatDateTime, formatTime } from './date';
