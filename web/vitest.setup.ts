import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { setCsrfToken } from './src/lib/api-client';
import { setLanguage } from './src/lib/i18n';

// Whole pages render, and each page's code is a lazy chunk that the first test of a file waits for.
configure({ asyncUtilTimeout: 4000 });

// Globals are off, so Testing Library cannot register its own cleanup.
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(undefined);
  window.localStorage.clear();
  await setLanguage('sv');
});
