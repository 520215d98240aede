// Entry point of the staff app: language first (every string depends on it), then the session.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { SessionProvider } from './app/session';
import { LangProvider } from './i18n/i18n';
import './styles/base.css';
import './styles/app.css';
import './styles/consultation-form.css';
import './styles/consultation.css';
import './styles/projector.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <LangProvider>
      <SessionProvider>
        <App />
      </SessionProvider>
    </LangProvider>
  </StrictMode>,
);
