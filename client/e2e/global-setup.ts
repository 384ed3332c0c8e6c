import type { TestProject } from 'vitest/node';
import { buildClientIfStale } from '../../server/scripts/build-client';
import { ensureChromium } from './chromium';
import { startServer } from './server-process';

// Once per run: Chromium present, client built for production, one real server
// started from the entry file. Test files get its URL through inject('baseUrl').
export default async function setup(project: TestProject) {
  ensureChromium();
  await buildClientIfStale();
  const server = await startServer();
  project.provide('baseUrl', server.url);
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
