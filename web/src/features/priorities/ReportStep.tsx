// Step 5: the whole exercise as documents to file and share, all in Vietnamese — Word and PDF with
// method, inputs, weights, results and charts; Excel with every number.
import { useT } from '../../shared/i18n/i18n';
import { paths, type Exercise } from './api';

const KINDS = ['docx', 'pdf', 'xlsx'] as const;

export function ReportStep({ exercise }: { exercise: Exercise }) {
  const t = useT();
  return (
    <>
      <p className="muted">{t('priorities.report.intro')}</p>
      <ul className="pr-reports">
        {KINDS.map((kind) => (
          <li key={kind}>
            <a href={paths.report(exercise.id, kind)} download className="button button--secondary" data-testid={`report-${kind}`}>
              {t(`priorities.report.${kind}`)}
            </a>
            <span className="muted">{t(`priorities.report.${kind}.hint`)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
