import { describe, expect, it } from 'vitest';
import { bufferedLines } from './line-buffer';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('bufferedLines', () => {
  it('writes the lines of one turn in one write, in order, each ending in a newline', async () => {
    const writes: string[] = [];
    const write = bufferedLines({ write: (text: string) => writes.push(text) });
    write('GET /api/health 200 0.4ms');
    write('POST /api/summary 200 1.2ms');
    expect(writes).toEqual([]);
    await nextTurn();
    expect(writes).toEqual(['GET /api/health 200 0.4ms\nPOST /api/summary 200 1.2ms\n']);
    write('GET /rules 200 0.3ms');
    await nextTurn();
    expect(writes).toEqual(['GET /api/health 200 0.4ms\nPOST /api/summary 200 1.2ms\n', 'GET /rules 200 0.3ms\n']);
  });
});
