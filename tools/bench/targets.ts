// The processes a benchmark drives: the real server (started as tools/server-process.ts
// starts it for every tool, so a change of launcher reaches the bench too), the
// floor, and optional variants (a copy of the project with an experiment applied).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../server-process';
import { servingPid } from './proc';

/** A server the bench drives; pid is the process that holds the listening socket. */
export type Target = { url: string; pid: number; stop: () => Promise<void>; output: () => string };

const listening = /listening on (http:\/\/\S+)/;

/** The real server of this checkout; pid is the process that holds the listening socket. */
export const startRealServer = () => startReal();

async function startReal(): Promise<Target> {
  const server = await startServer({ CLIENT_DIR: '/nonexistent' });
  let exit = '';
  server.process.once('exit', (code, signal) => (exit = `\n[exited: code ${code}, signal ${signal}]`));
  const output = () => server.output() + exit;
  return {
    url: server.url,
    pid: servingPid(server.process.pid!, Number(new URL(server.url).port)),
    stop: server.stop,
    output,
  };
}

/** Any command that prints "listening on http://…" once it serves. */
async function startCommand(command: string, args: string[], cwd: string): Promise<Target> {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', CLIENT_DIR: '/nonexistent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Keep only a tail: a request log under load runs to megabytes.
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk).slice(-8 * 1024);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  child.once('exit', (code, signal) => keep(Buffer.from(`\n[exited: code ${code}, signal ${signal}]`)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start:\n${output}`)), 30_000);
    child.stdout!.on('data', () => {
      const match = listening.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, pid: servingPid(child.pid!, Number(new URL(url).port)), stop, output: () => output };
}

/** The floor server, one node process (tsx only as a loader), answering the given file's answers. */
export function startFloor(answersFile: string): Promise<Target> {
  const script = fileURLToPath(new URL('./floor-server.ts', import.meta.url));
  return startCommand(
    process.execPath,
    ['--import', 'tsx', script, answersFile],
    fileURLToPath(new URL('../..', import.meta.url)),
  );
}

/**
 * An experiment: a copy of the project (its server/index.ts run by its tsx, as
 * npm start serves it) or a built server file (.js or .mjs, run by plain node).
 */
export function startVariant(path: string): Promise<Target> {
  if (/\.m?js$/.test(path)) return startCommand(process.execPath, [path], dirname(path));
  return startCommand(join(path, 'node_modules/.bin/tsx'), ['server/index.ts'], path);
}
