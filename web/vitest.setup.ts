import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { setCsrfToken } from './src/lib/api-client';
import { setLanguage } from './src/lib/i18n';

// Globals are off, so Testing Library cannot register its own cleanup.
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(undefined);
  window.localStorage.clear();
  await setLanguage('sv');
});
