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
export function findAbsurdShape(value: unknown, depthLimit = maxDepth, entryLimit = maxEntries): Issue | undefined {
  const found = walk(value, 0, depthLimit, entryLimit);
  return found && { path: found.reversedPath.reverse().join('.'), message: found.message };
}

function walk(value: unknown, depth: number, depthLimit: number, entryLimit: number): Found | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth >= depthLimit) {
    return {
      reversedPath: [],
      message: `Nest answers at most ${depthLimit} levels deep; this is nested more than ${depthLimit} levels`,
    };
  }
  const keys = Array.isArray(value) ? undefined : Object.keys(value);
  const size = keys ? keys.length : (value as unknown[]).length;
  if (size > entryLimit) {
    return {
      reversedPath: [],
      message: `Send at most ${entryLimit} ${keys ? 'keys in an object' : 'items in a list'}; this one has ${size}`,
    };
  }
  for (let i = 0; i < size; i++) {
    const key = keys ? keys[i]! : i;
    const found = walk((value as Record<string | number, unknown>)[key], depth + 1, depthLimit, entryLimit);
    if (found) {
      found.reversedPath.push(String(key));
      return found;
    }
  }
  return undefined;
}

/**
 * True when JSON text nests containers more than `limit` levels deep, counted on the
 * text before it is parsed: JSON.parse costs far more per byte on deep nesting (200 KB
 * of arrays nested 100,000 deep took 10 to 40 ms of CPU) than on any real body. Stops
 * at the first bracket too deep; brackets inside strings do not count. Malformed text
 * is left to JSON.parse.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\')
        i++; // skip the escaped character, which may be a quote
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      if (++depth > limit) return true;
    } else if (char === ']' || char === '}') depth--;
  }
  return false;
}
