import { fileURLToPath } from 'node:url';

export const rootDir = fileURLToPath(new URL('..', import.meta.url));
/** The built client that the server serves; CLIENT_DIR lets tests serve their own build. */
export const clientDir = process.env.CLIENT_DIR ?? fileURLToPath(new URL('../dist/client', import.meta.url));
/** The compiled server that `npm start` runs with node. */
export const serverDir = fileURLToPath(new URL('../dist/server', import.meta.url));
