// `npm run build`: the production client in dist/client, with compressed copies.
import { buildClient } from './build-client';

await buildClient();
