import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import type { Renderer } from './renderer';
import { rootDir } from '../paths';

// NLM's LHC-Forms, a FHIR Questionnaire renderer nobody here wrote, for the
// end-to-end test. Only its prebuilt web component and R4 support file are used:
// fetched once with `npm pack` (installing the package would pull an Angular
// toolchain) and cached under node_modules/.cache, so CI fetches it on its first
// run from a fresh clone. The test serves the files itself: the app's CSP allows
// no other origin, and the page needs no server.

export const lformsVersion = '40.1.3';
const cacheDir = join(rootDir, 'node_modules/.cache', `lforms-${lformsVersion}`);
const run = promisify(execFile);

/** The folder holding webcomponent/ and fhir/R4/lformsFHIR.min.js, fetched if missing. */
export async function ensureLForms(): Promise<string> {
  if (existsSync(join(cacheDir, 'fhir/R4/lformsFHIR.min.js'))) return cacheDir;
  const work = mkdtempSync(join(tmpdir(), 'lforms-'));
  try {
    const { stdout } = await run('npm', ['pack', `lforms@${lformsVersion}`, '--silent', '--pack-destination', work], {
      cwd: work,
    });
    await run('tar', ['-xzf', join(work, stdout.trim().split('\n').at(-1)!), '-C', work]);
    const built = join(work, 'package/dist/lforms');
    const staged = join(work, 'cache');
    // Source maps and the single-file build (lhc-forms.js) are not loaded: leave them out.
    cpSync(join(built, 'webcomponent'), join(staged, 'webcomponent'), {
      recursive: true,
      filter: (source) => !source.endsWith('.map') && !source.endsWith('lhc-forms.js'),
    });
    mkdirSync(join(staged, 'fhir/R4'), { recursive: true });
    cpSync(join(built, 'fhir/R4/lformsFHIR.min.js'), join(staged, 'fhir/R4/lformsFHIR.min.js'));
    mkdirSync(join(rootDir, 'node_modules/.cache'), { recursive: true });
    // A rename is atomic: a parallel run sees the whole cache or none.
    if (!existsSync(cacheDir)) renameSync(staged, cacheDir);
    return cacheDir;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const origin = 'http://lforms.test';
const types: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LHC-Forms</title><link rel="stylesheet" href="/webcomponent/styles.css"></head>
<body><div id="form"></div>
<script src="/webcomponent/assets/lib/zone.min.js"></script>
<script src="/webcomponent/runtime.js" type="module"></script>
<script src="/webcomponent/polyfills.js" type="module"></script>
<script src="/webcomponent/main.js" type="module"></script>
<script src="/fhir/R4/lformsFHIR.min.js" defer></script>
</body></html>`;

/** Opens a page with LHC-Forms loaded from the cache (served by the test, no network) and LForms ready. */
export async function openLForms(target: Page, dir: string): Promise<void> {
  await target.route(`${origin}/**`, (route) => {
    const path = normalize(new URL(route.request().url()).pathname);
    if (path === '/') return route.fulfill({ body: page, contentType: 'text/html' });
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({ body: readFileSync(file), contentType: types[extname(file)] ?? 'application/octet-stream' });
  });
  await target.goto(`${origin}/`);
  await target.waitForFunction(
    () =>
      typeof (window as { LForms?: { Util?: { getFormFHIRData?: unknown } } }).LForms?.Util?.getFormFHIRData ===
      'function',
  );
}

/** Where LHC-Forms puts an item (its box's id starts with the linkId), and its help button's popover. */
export const lformsRenderer = (page: Page): Renderer => {
  const item = (linkId: string) => page.locator(`[id^="item-${linkId}/"]`).first();
  return {
    item,
    typeInto: (linkId, text) => item(linkId).locator('input:not([readonly]), textarea').first().fill(text),
    showHint: async (linkId) => {
      await item(linkId).locator('button.lhc-help-button').first().click();
      return page.locator('.lhc-popover-help').last();
    },
  };
};
