import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startLanguage } from './lib/i18n';
import './app/styles/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

// Swedish renders at once; a stored choice of English first fetches its texts. If they cannot be fetched, the
// page still opens, in Swedish.
void startLanguage()
  .catch(() => undefined)
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
