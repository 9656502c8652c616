// The first module of every worker thread. It is plain JavaScript because a thread starts without the
// TypeScript loader that `node --import tsx` gives the main thread (and vitest gives tests): it registers tsx,
// then loads the TypeScript message loop.
import { register } from 'tsx/esm/api';

register();
await import('./thread-main.ts');
