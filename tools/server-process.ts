import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from './build-server';
import { clientDir } from './paths';

export type RunningServer = { url: string; process: ChildProcess; output: () => string; stop: () => Promise<void> };

/**
 * Starts the compiled server on a free port and waits for its URL line. It serves
 * dist/client (or CLIENT_DIR) like `npm start`; pass CLIENT_DIR to serve another build.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  // What production runs: the server compiled from the current sources, started with
  // plain node. Each server gets a build of its own, so parallel test files never
  // share or half-overwrite one; node has read it (and its source map) once it
  // listens, so the folder goes then.
  const buildDir = mkdtempSync(join(tmpdir(), 'itb-server-'));
  const removeBuild = () => rmSync(buildDir, { recursive: true, force: true });
  await buildServer(buildDir).catch((error: unknown) => {
    removeBuild();
    throw error;
  });
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
