// Loads every module the machine fetches on first use before the tests run (see
// src/machine/lazy-modules.ts for why tests need them up front).

import { loadLazyModules } from '../../src/machine/lazy-modules.ts';

await loadLazyModules();
