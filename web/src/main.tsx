// Entry point of the staff app: language first (every string depends on it), then the session.
// The global stylesheets come first so every feature's own stylesheet (loaded with the feature)
// comes after them in the cascade.
import './shared/styles/base.css';
import './shared/layout/layout.css';
import './shared/styles/forms.css';
import './shared/styles/blocks.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { SessionProvider } from './features/accounts/session';
import { LangProvider } from './shared/i18n/i18n';
import { AppRouter } from './shared/routing';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <LangProvider>
      <SessionProvider>
        <AppRouter>
          <App />
        </AppRouter>
      </SessionProvider>
    </LangProvider>
  </StrictMode>,
);
