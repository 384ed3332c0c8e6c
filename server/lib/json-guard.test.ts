import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from './json-guard';

/** Containers nested in a JSON value: 1 for a flat object or list, 0 for a scalar. */
const depthOf = (value: unknown): number =>
  value !== null && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value).map(depthOf)) : 0;

describe('nesting counted on the JSON text', () => {
  it('agrees with the depth of the parsed value, whatever brackets, quotes and backslashes strings hold', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 0, max: 7 }), (value, limit) => {
        expect(nestsDeeperThan(JSON.stringify(value), limit)).toBe(depthOf(value) > limit);
      }),
      { numRuns: 2_000 },
    );
    expect(nestsDeeperThan('{"a":"[[[{\\"[[[","b":[[1]]}', 3)).toBe(false);
    expect(nestsDeeperThan('{"a":"\\\\","b":[[1]]}', 2)).toBe(true);
  });
});
