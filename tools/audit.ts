// `npm run audit`: builds the client, serves it with the real server, and reports
// the initial JavaScript size (gzip) and Lighthouse scores for two pages.
// A report, not a test: budgets are printed beside the figures.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath, ensureChromium } from './e2e/chromium';
import { buildClient } from './build-client';
import { startServer } from './server-process';

const budgetKb = 110;
const pages = ['/', '/examples/ms-drowsiness/patient'];

/** The entry script and everything index.html preloads: what a first visit must download before it runs. */
function initialJavaScript(clientDir: string): { files: string[]; gzipKb: number } {
  const html = readFileSync(join(clientDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(clientDir, file))).length, 0);
  return { files, gzipKb: bytes / 1024 };
}

type Manifest = Record<string, { file: string; imports?: string[] }>;

/** What the form's lazy import adds to the first download: its chunk and what it imports, gzip. */
function formJavaScript(clientDir: string, initial: readonly string[]): { files: string[]; gzipKb: number } {
  const manifest = JSON.parse(readFileSync(join(clientDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key]!;
    if (files.has(chunk.file) || initial.includes(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  visit('features/intake/components/intake-form.tsx');
  const bytes = [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(clientDir, file))).length, 0);
  return { files: [...files], gzipKb: bytes / 1024 };
}

ensureChromium();
const clientDir = mkdtempSync(join(tmpdir(), 'itb-audit-client-'));
await buildClient(clientDir, { manifest: true });
const js = initialJavaScript(clientDir);
console.log(`initial JavaScript: ${js.gzipKb.toFixed(1)} KB gzip (budget ${budgetKb} KB) in ${js.files.join(', ')}`);
const form = formJavaScript(clientDir, js.files);
console.log(`the form, loaded after the page: ${form.gzipKb.toFixed(1)} KB gzip more in ${form.files.length} files`);

const server = await startServer({ CLIENT_DIR: clientDir });
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: chromiumArgs,
  userDataDir: mkdtempSync(join(tmpdir(), 'itb-audit-profile-')),
});
try {
  for (const path of pages) {
    const result = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (result!.lhr.runtimeError)
      console.log(`${path}: Lighthouse error ${result!.lhr.runtimeError.code}: ${result!.lhr.runtimeError.message}`);
    const categories = result!.lhr.categories;
    const score = (id: string) => categories[id]?.score?.toFixed(2) ?? 'n/a';
    console.log(
      `${path}: performance ${score('performance')} (goal 0.95), accessibility ${score('accessibility')} (goal 1.00), best-practices ${score('best-practices')} (goal 1.00)`,
    );
    const metrics = [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
      'speed-index',
    ]
      .map((id) => `${id} ${result!.lhr.audits[id]?.displayValue ?? 'n/a'}`)
      .join(', ');
    console.log(`  ${metrics}`);
    const failing = Object.values(result!.lhr.audits).filter(
      (audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'binary',
    );
    for (const audit of failing) {
      const items = (audit.details as { items?: unknown[] } | undefined)?.items ?? [];
      console.log(`  - ${audit.id}: ${audit.title} ${JSON.stringify(items).slice(0, 400)}`);
    }
  }
} finally {
  chrome.kill();
  await server.stop();
  rmSync(clientDir, { recursive: true, force: true });
}
