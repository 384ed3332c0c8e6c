import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { rootDir } from '../tools/paths';
import { portIsFree, requestInFlight } from './test-sockets';

// `npm start` as an operator or a process manager runs it: one signal to npm
// must reach the server, let it finish what is in flight and free the port.
describe('npm start', () => {
  let npm: ChildProcess | undefined;

  afterEach(() => {
    // npm runs in a process group of its own (detached), so nothing it started outlives the test.
    try {
      if (npm?.pid) process.kill(-npm.pid, 'SIGKILL');
    } catch {
      // The group is already empty: the outcome the test wants.
    }
  });

  it('stops on one SIGTERM: the request in flight is answered, npm exits 0 within 10 s, the port is free', async () => {
    npm = spawn('npm', ['start'], {
      cwd: rootDir,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    npm.stdout!.on('data', (chunk) => (output += chunk));
    npm.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => npm!.once('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      npm!.stdout!.on('data', () => {
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match) resolve(match[1]!);
      });
      void exited.then(() => reject(new Error(`npm start ended:\n${output}`)));
    });

    const inFlight = requestInFlight(url);
    await inFlight.started;
    const signalled = performance.now();
    npm.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const answer = await inFlight.finish();
    expect(answer.status).toBe(200);

    expect(await exited).toBe(0);
    expect(performance.now() - signalled).toBeLessThan(10_000);
    expect(await portIsFree(Number(new URL(url).port))).toBe(true);
    inFlight.close();
  }, 30_000);
});
