// The status of a consultation as a coloured label; the colour repeats the words, never replaces them.
import type { ConsultationStatus } from './api';
import { labelOf, useT } from '../../shared/i18n/i18n';
import './status.css';

export function ConsultationStatusTag({ status, testId }: { status: ConsultationStatus; testId?: string }) {
  const t = useT();
  return (
    <span className={`c-status c-status--${status}`} data-testid={testId}>
      {labelOf(t, 'consultation.status', status)}
    </span>
  );
}
