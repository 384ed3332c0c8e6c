import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { buildServer } from './build-server';
import { clientDir, rootDir } from './paths';

export type RunningServer = { url: string; process: ChildProcess; output: () => string; stop: () => Promise<void> };

/** The newest change to what the server is built from (server/ and shared/). */
function sourcesChanged(): number {
  let newest = 0;
  for (const dir of ['server', 'shared']) {
    for (const entry of readdirSync(join(rootDir, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

let build: { sources: number; files: Promise<Map<string, Buffer>> } | undefined;

/**
 * What production runs: the server compiled from the current sources, to be
 * started with plain node. Compiled once per process (a test worker starts
 * several servers) and kept in memory; built again when a source has changed
 * since (watch mode).
 */
function serverFiles(): Promise<Map<string, Buffer>> {
  const sources = sourcesChanged();
  if (build?.sources === sources) return build.files;
  const buildDir = mkdtempSync(join(tmpdir(), 'itb-server-'));
  const files = buildServer(buildDir)
    .then(
      () =>
        new Map(
          readdirSync(buildDir, { recursive: true, withFileTypes: true })
            .filter((entry) => entry.isFile())
            .map((entry) => {
              const path = join(entry.parentPath, entry.name);
              return [relative(buildDir, path), readFileSync(path)] as const;
            }),
        ),
    )
    .finally(() => rmSync(buildDir, { recursive: true, force: true }));
  build = { sources, files };
  files.catch(() => (build = undefined));
  return files;
}

/**
 * Starts the compiled server on a free port and waits for its URL line. It serves
 * dist/client (or CLIENT_DIR) like `npm start`; pass CLIENT_DIR to serve another build.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  // Each server starts from a folder of its own, so parallel test files never share
  // or half-overwrite one; node has read it (and its source map) once it listens,
  // so the folder goes then.
  const buildDir = mkdtempSync(join(tmpdir(), 'itb-server-'));
  const removeBuild = () => rmSync(buildDir, { recursive: true, force: true });
  try {
    for (const [path, content] of await serverFiles()) {
      mkdirSync(dirname(join(buildDir, path)), { recursive: true });
      writeFileSync(join(buildDir, path), content);
    }
  } catch (error) {
    removeBuild();
    throw error;
  }
  const child = spawn(process.execPath, ['--enable-source-maps', join(buildDir, 'index.js')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', CLIENT_DIR: clientDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Only the tail is kept: under a benchmark the request log runs to megabytes.
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk;
    if (output.length > 64 * 1024) output = output.slice(-32 * 1024);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Server did not start:\n${output}`));
    }, 30_000);
    child.stdout!.on('data', () => {
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`Server exited with ${code}:\n${output}`)));
  }).finally(removeBuild);

  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, process: child, output: () => output, stop };
}
