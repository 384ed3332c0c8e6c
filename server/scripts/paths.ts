import { fileURLToPath } from 'node:url';

export const rootDir = fileURLToPath(new URL('../..', import.meta.url));
export const clientDir = fileURLToPath(new URL('../../dist/client', import.meta.url));
