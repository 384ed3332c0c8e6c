// `npm run dev`: the API on PORT+1 with reload (tsx watch) and Vite with hot reload on PORT,
// proxying /api to it. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { rootDir } from './paths';

const port = Number(process.env.PORT ?? 8787);
const apiPort = port + 1;
const bin = (name: string) => join(rootDir, 'node_modules/.bin', name);

const children = [
  spawn(bin('tsx'), ['watch', 'server/index.ts'], {
    cwd: rootDir,
    stdio: 'inherit',
    env: { ...process.env, PORT: String(apiPort) },
  }),
  spawn(bin('vite'), ['--config', 'client/vite.config.ts', '--port', String(port), '--strictPort'], {
    cwd: rootDir,
    stdio: 'inherit',
    env: { ...process.env, API_PORT: String(apiPort) },
  }),
];

const stopAll = () => children.forEach((child) => child.kill('SIGTERM'));
process.once('SIGINT', stopAll);
process.once('SIGTERM', stopAll);
children.forEach((child) => child.once('exit', stopAll));
