import { fileURLToPath } from 'node:url';

/** The built client that the server serves; CLIENT_DIR lets tests serve their own build. */
export const clientDir = process.env.CLIENT_DIR ?? fileURLToPath(new URL('../../dist/client', import.meta.url));
