import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { rootDir } from './paths';

export type RunningServer = { url: string; process: ChildProcess; output: () => string; stop: () => Promise<void> };

/** Starts the real server entry (server/index.ts) on a free port and waits for its URL line. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const child = spawn(join(rootDir, 'node_modules/.bin/tsx'), ['server/index.ts'], {
    cwd: rootDir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
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
    const timer = setTimeout(() => reject(new Error(`Server did not start:\n${output}`)), 30_000);
    child.stdout!.on('data', () => {
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`Server exited with ${code}:\n${output}`)));
  });

  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, process: child, output: () => output, stop };
}
