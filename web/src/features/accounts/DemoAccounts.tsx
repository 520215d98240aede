// Demo accounts offered under the sign-in form. Shown only when the server has demo data loaded
// (/api/demo answers 200); any other answer hides the list without a message.
import { useEffect, useState } from 'react';
import { api } from '../../shared/api/client';
import type { DemoAccount } from '../../shared/api/types';
import { labelOf, usePick, useT } from '../../shared/i18n/i18n';

export function DemoAccounts({ onPick }: { onPick: (account: DemoAccount) => void }) {
  const t = useT();
  const pick = usePick();
  const [accounts, setAccounts] = useState<DemoAccount[]>([]);

  useEffect(() => {
    let live = true;
    api<{ accounts: DemoAccount[] }>('/api/demo', { quiet401: true }).then(
      (data) => live && setAccounts(Array.isArray(data?.accounts) ? data.accounts : []),
      () => live && setAccounts([]),
    );
    return () => {
      live = false;
    };
  }, []);

  if (accounts.length === 0) return null;
  return (
    <section className="panel demo" aria-labelledby="demo-heading">
      <h2 id="demo-heading">{t('demo.title')}</h2>
      <p className="muted">{t('demo.intro')}</p>
      <ul className="demo__list">
        {accounts.map((account) => (
          <li key={account.email} className="demo__item">
            <div className="demo__who">
              <span className="demo__role">{labelOf(t, 'role', account.role)}</span>
              <span className="demo__email">{account.email}</span>
              {pick(account.note) && <span className="demo__note">{pick(account.note)}</span>}
            </div>
            <button
              type="button"
              className="button button--secondary"
              aria-label={t('demo.useFor', { email: account.email })}
              onClick={() => onPick(account)}
            >
              {t('demo.use')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
