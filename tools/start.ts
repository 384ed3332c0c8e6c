// `npm start`: build the client if needed, then serve pages and API on one port.
import { buildClientIfStale } from './build-client';

await buildClientIfStale();
await import('../server/index');
