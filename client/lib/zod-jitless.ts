import { config } from 'zod/v4/core';

// zod speeds up parsing with new Function(), which our CSP (no unsafe-eval)
// forbids; it would try once, and the browser would log a violation. Imported
// first in main.tsx, before any schema is built.
config({ jitless: true });
