import { join } from 'node:path';
import { build } from 'vite';
import { rootDir, serverDir } from './paths';

/**
 * The server compiled to one ES module (index.js, with a source map) that plain
 * `node` runs: no TypeScript loader at run time, and the dependencies are bundled
 * in, so the file runs from any folder.
 */
export async function buildServer(outDir = serverDir): Promise<void> {
  await build({
    configFile: false,
    root: rootDir,
    logLevel: 'warn',
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: join(rootDir, 'server/index.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      sourcemap: true,
      rolldownOptions: { output: { entryFileNames: 'index.js' } },
    },
  });
}
