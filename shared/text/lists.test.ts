import { describe, expect, it } from 'vitest';
import { joinList } from './lists';

describe('joinList', () => {
  it('joins as each language joins a list, and a list of one is its item', () => {
    expect(joinList(['a shunt'], 'en-GB')).toBe('a shunt');
    expect(joinList(['fits', 'a shunt'], 'en-GB')).toBe('fits and a shunt');
    expect(joinList(['fits', 'a shunt', 'a cough'], 'en-GB')).toBe('fits, a shunt and a cough');
    expect(joinList(['fits', 'a shunt'], 'en-GB', 'disjunction')).toBe('fits or a shunt');
    expect(joinList(['convulsiones', 'una válvula'], 'es')).toBe('convulsiones y una válvula');
    expect(joinList([], 'en-GB')).toBe('');
  });
});
