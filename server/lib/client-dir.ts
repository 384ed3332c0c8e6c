import { fileURLToPath } from 'node:url';

/**
 * The built client that the server serves; CLIENT_DIR lets tests serve their own build.
 * One relative path works from this file (server/lib/) and from the compiled server
 * (dist/server/index.js): both sit two folders below the project root.
 */
export const clientDir = process.env.CLIENT_DIR ?? fileURLToPath(new URL('../../dist/client', import.meta.url));
