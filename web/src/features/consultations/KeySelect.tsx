// A labelled choice of one cluster or stakeholder group, or none.
import type { Keyed } from './api';
import { usePick, useT } from '../../shared/i18n/i18n';

interface Props {
  id: string;
  label: string;
  items: Keyed[];
  value: string;
  onChange: (key: string) => void;
}

export function KeySelect({ id, label, items, value, onChange }: Props) {
  const t = useT();
  const pick = usePick();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} data-testid={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('invite.none')}</option>
        {items.map((item) => (
          <option key={item.key} value={item.key}>
            {pick(item.title)}
          </option>
        ))}
      </select>
    </div>
  );
}
