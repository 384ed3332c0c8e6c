import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildClient } from '../build-client';
import { ensureChromium } from './chromium';
import { startServer } from '../server-process';

// Once per run: Chromium present, the current sources built for production into
// a folder of this run's own (parallel runs never share a build), and one real
// server started from the entry file. Tests get its URL through inject('baseUrl').
export default async function setup(project: TestProject) {
  ensureChromium();
  const clientDir = mkdtempSync(join(tmpdir(), 'itb-e2e-client-'));
  await buildClient(clientDir);
  const server = await startServer({ CLIENT_DIR: clientDir });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.stop();
    rmSync(clientDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
