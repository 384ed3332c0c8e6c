import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'vite';
import { clientDir, rootDir } from './paths';

/**
 * Brotli and gzip copies beside each asset: the server sends them as they are
 * (serveStatic precompressed), so no request pays for compression.
 */
function precompress(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) precompress(path);
    else if (/\.(js|css|svg|json)$/.test(entry.name)) {
      const content = readFileSync(path);
      writeFileSync(`${path}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
    }
  }
}

/** A production build of the client into outDir; with manifest, Vite's chunk graph too (.vite/manifest.json). */
export async function buildClient(outDir = clientDir, { manifest = false } = {}): Promise<void> {
  process.env.NODE_ENV = 'production';
  await build({
    configFile: join(rootDir, 'client/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest },
  });
  precompress(outDir);
}
