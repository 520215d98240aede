export { formatNumber, formatPercent, type NumberStyle } from './number';
export { formatDate, formatDateTime } from './date';
