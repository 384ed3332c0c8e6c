import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { rootDir } from '../../tools/paths';
import { requestInFlight } from '../test-sockets';

// The grace period, shortened to 300 ms in a process of its own (stopOnSignals
// exits the process): a request that never completes cannot hold the exit.
const script = `
  import { createServer } from 'node:http';
  import { trackConnections } from './server/lib/connections';
  import { stopOnSignals } from './server/lib/shutdown';
  const server = createServer((req, res) => req.on('end', () => res.end('done')).resume());
  stopOnSignals(server, trackConnections(server, { max: 10, log: () => {} }), 300);
  server.listen(0, '127.0.0.1', () => console.log('port ' + server.address().port));
`;

it('cuts what is still open after the grace period and exits 1', async () => {
  const child = spawn(join(rootDir, 'node_modules/.bin/tsx'), ['--input-type=module', '-e', script], {
    cwd: rootDir,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    await expect.poll(() => /port (\d+)/.test(output), { timeout: 10_000 }).toBe(true);
    const inFlight = requestInFlight(`http://127.0.0.1:${/port (\d+)/.exec(output)![1]}`);
    await inFlight.started;
    const signalled = performance.now();
    child.kill('SIGTERM');
    expect(await exited).toBe(1);
    expect(performance.now() - signalled).toBeLessThan(1_500);
    expect(output).toContain('1 connection still open after 0.3 s: closing them.');
    inFlight.close();
  } finally {
    child.kill('SIGKILL');
  }
}, 15_000);
