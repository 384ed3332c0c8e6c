import type { Issue } from '../../shared/api/errors';

// Bounds far above any valid intake (its longest answer list has 13 options, its
// widest object 11 keys, its deepest answer sits 3 levels down) and far below what
// costs the schema check real time: zod's time and error list grow with every
// wrong item, and 16,000 list items made a 1 MB error in up to 300 ms.
export const maxEntries = 100;
export const maxDepth = 8;

type Found = { reversedPath: string[]; message: string };

/**
 * The first place where a parsed body has a shape no form answer can have: a
 * list or object with more than `maxEntries` entries, or containers nested more
 * than `maxDepth` levels. Runs before the schema on every request, so it
 * allocates nothing on the way down (the path is built only for a problem),
 * stops at the first problem and never looks inside a list or object that is too long.
 */
export function findAbsurdShape(value: unknown, depthLimit = maxDepth): Issue | undefined {
  const found = walk(value, 0, depthLimit);
  return found && { path: found.reversedPath.reverse().join('.'), message: found.message };
}

function walk(value: unknown, depth: number, depthLimit: number): Found | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth >= depthLimit) {
    return {
      reversedPath: [],
      message: `Nest answers at most ${depthLimit} levels deep; this is nested more than ${depthLimit} levels`,
    };
  }
  const keys = Array.isArray(value) ? undefined : Object.keys(value);
  const size = keys ? keys.length : (value as unknown[]).length;
  if (size > maxEntries) {
    return {
      reversedPath: [],
      message: `Send at most ${maxEntries} ${keys ? 'keys in an object' : 'items in a list'}; this one has ${size}`,
    };
  }
  for (let i = 0; i < size; i++) {
    const key = keys ? keys[i]! : i;
    const found = walk((value as Record<string | number, unknown>)[key], depth + 1, depthLimit);
    if (found) {
      found.reversedPath.push(String(key));
      return found;
    }
  }
  return undefined;
}
