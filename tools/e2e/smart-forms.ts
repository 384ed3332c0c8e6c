import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize } from 'node:path';
import type { Page } from 'playwright-core';
import type { Renderer } from './renderer';
import type { SmartFormsApi } from './smart-forms-page/main';
import { build } from 'vite';
import { rootDir } from '../paths';

// CSIRO's Smart Forms renderer (@aehrc/smart-forms-renderer), a second FHIR
// Questionnaire renderer nobody here wrote, for the end-to-end test. It needs
// React 18 and the app uses React 19, so the devDependencies hold React 18 under
// the names react18 and react-dom18 (npm aliases), and this small page is built
// with `react` and `react-dom` pointed at them: every import of React in the
// bundle (the renderer's, MUI's, the page's) gets React 18. It is built for the
// test only and served by the test: no network. The build (1.8 s, measured
// 2026-12-06 at load 6) is kept under node_modules/.cache, keyed by a hash of
// everything it is made from, so a machine builds it once.

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const react18 = packageDir('react18');
const reactDom18 = packageDir('react-dom18');

const pageDir = join(rootDir, 'tools/e2e/smart-forms-page');

/** What the build is made of: the page's sources, this file (the build's settings) and the installed versions. */
function inputsHash(): string {
  const hash = createHash('sha256');
  const files = [
    ...readdirSync(pageDir).map((name) => join(pageDir, name)),
    join(rootDir, 'tools/e2e/smart-forms.ts'),
    join(rootDir, 'package-lock.json'),
  ].sort();
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** The built page (index.html and its assets): from the cache, or built into it first. */
export async function buildSmartForms(): Promise<string> {
  const cacheRoot = join(rootDir, 'node_modules/.cache');
  const cached = join(cacheRoot, `smart-forms-page-${inputsHash()}`);
  if (existsSync(join(cached, 'index.html'))) return cached;
  mkdirSync(cacheRoot, { recursive: true });
  const outDir = mkdtempSync(join(cacheRoot, 'smart-forms-build-'));
  try {
    await build({
      configFile: false,
      root: pageDir,
      logLevel: 'warn',
      mode: 'production',
      resolve: {
        alias: [
          { find: /^react$/, replacement: react18 },
          { find: /^react\/(.*)$/, replacement: `${react18}/$1` },
          { find: /^react-dom$/, replacement: reactDom18 },
          { find: /^react-dom\/(.*)$/, replacement: `${reactDom18}/$1` },
        ],
      },
      build: {
        outDir,
        emptyOutDir: true,
        chunkSizeWarningLimit: 10_000,
        rolldownOptions: {
          // MUI marks its modules 'use client' (for React Server Components), which a page need not keep;
          // fhirclient's WebCrypto shim reads `module`, and the page never runs it (no SMART launch).
          onwarn: (warning, warn) => {
            if (!['MODULE_LEVEL_DIRECTIVE', 'COMMONJS_VARIABLE_IN_ESM'].includes(warning.code ?? '')) warn(warning);
          },
        },
      },
    });
    // A rename is atomic: a parallel run sees the whole build or none.
    if (!existsSync(cached)) renameSync(outDir, cached);
    return cached;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const origin = 'http://smart-forms.test';
const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** The page's window: what main.tsx puts there for the test. */
export type SmartFormsWindow = { smartForms: SmartFormsApi };

/** Opens the built page, served by the test from `dir` (any other request fails: no network), ready to render. */
export async function openSmartForms(target: Page, dir: string): Promise<void> {
  await target.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) return route.abort();
    const path = normalize(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({ body: readFileSync(file), contentType: types[extname(file)] ?? 'application/octet-stream' });
  });
  await target.goto(`${origin}/`);
  await target.waitForFunction(() => typeof (window as Partial<SmartFormsWindow>).smartForms === 'object');
}

/** Where Smart Forms puts an item (data-linkid), and its flyover: a "?" in its label that shows the hint on hover. */
export const smartFormsRenderer = (page: Page): Renderer => {
  const item = (linkId: string) => page.locator(`[data-linkid="${linkId}"]`).first();
  return {
    item,
    // Smart Forms takes a typed answer 300 ms later, and an answer typed elsewhere meanwhile can
    // drop it: wait until its response holds this one.
    typeInto: async (linkId, text) => {
      await item(linkId).locator('input, textarea').first().fill(text);
      await page.waitForFunction((id) => (window as unknown as SmartFormsWindow).smartForms.answered(id), linkId);
    },
    showHint: async (linkId) => {
      // The item's label (id label-<linkId>) holds the flyover's "?"; the options' labels hold radio icons.
      await page.locator(`[id="label-${linkId}"] svg`).hover();
      return page.locator('.MuiPopover-paper').last();
    },
  };
};
