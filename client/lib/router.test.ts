import { describe, expect, it } from 'vitest';
import { matchPath } from './router';

describe('matchPath', () => {
  it.each([
    ['/', '/', {}],
    ['/summary', '/summary/', {}],
    ['/examples/:id', '/examples/ms-drowsiness', { id: 'ms-drowsiness' }],
    ['/examples/:id/patient', '/examples/cp%20child/patient', { id: 'cp child' }],
  ])('%s matches %s', (pattern, path, params) => {
    expect(matchPath(pattern, path)).toEqual(params);
  });

  it.each([
    ['/summary', '/summary/patient'],
    ['/examples/:id', '/examples'],
    ['/', '/rules'],
    ['/examples/:id', '/examples/%E0%A4%A'],
  ])('%s does not match %s', (pattern, path) => {
    expect(matchPath(pattern, path)).toBeNull();
  });
});
