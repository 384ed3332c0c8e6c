import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { buildClient } from '../build-client';
import { startServer } from '../server-process';
import { chromiumArgs, chromiumPath, ensureChromium } from './chromium';

// Once per run: Chromium present and started once (test files connect to it),
// the current sources built for production into a folder of this run's own
// (parallel runs never share a build), and one real server started from the
// entry file. Tests get both addresses through inject().
export default async function setup(project: TestProject) {
  ensureChromium();
  const clientDir = mkdtempSync(join(tmpdir(), 'itb-e2e-client-'));
  const [browser] = await Promise.all([
    chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs }),
    buildClient(clientDir),
  ]);
  const server = await startServer({ CLIENT_DIR: clientDir });
  project.provide('baseUrl', server.url);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await Promise.all([server.stop(), browser.close()]);
    rmSync(clientDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserEndpoint: string;
  }
}
