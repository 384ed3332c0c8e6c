// `npm run build`: the production client in dist/client, with brotli and gzip copies of
// each asset, and the server compiled to plain JavaScript in dist/server.
// `--if-stale` (used by `npm start`) builds only what is missing or older than its sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildClient } from './build-client';
import { buildServer } from './build-server';
import { clientDir, rootDir, serverDir } from './paths';

const targets = [
  { name: 'client', output: join(clientDir, 'index.html'), sources: ['client', 'shared'], build: () => buildClient() },
  { name: 'server', output: join(serverDir, 'index.js'), sources: ['server', 'shared'], build: () => buildServer() },
];

/** Newest modification time of a file, or of any file below a folder. */
function newestTime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestTime(join(path, name))));
}

// Both builds bundle dependencies, so a changed lock file makes both stale.
const isStale = ({ output, sources }: (typeof targets)[number]) =>
  !existsSync(output) ||
  [...sources, 'package-lock.json'].some((source) => newestTime(join(rootDir, source)) > statSync(output).mtimeMs);

const onlyStale = process.argv.includes('--if-stale');
for (const target of targets) {
  if (onlyStale && !isStale(target)) continue;
  console.log(`Building the ${target.name}${onlyStale ? ' (missing or older than its sources)' : ''}...`);
  await target.build();
}
