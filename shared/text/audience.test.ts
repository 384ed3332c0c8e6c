import { describe, expect, it } from 'vitest';
import { audienceOf, forAudience } from './audience';

describe('forAudience', () => {
  const text = '{{You have|Your child has}} a shunt. Tell the team about {{it|this}}.';

  it('picks the adult or the child words of each {{adult|child}} pair', () => {
    expect(forAudience(text, 'adult')).toBe('You have a shunt. Tell the team about it.');
    expect(forAudience(text, 'child')).toBe('Your child has a shunt. Tell the team about this.');
  });

  it('leaves text without pairs alone, and lets an empty form drop words', () => {
    expect(forAudience('Bring your medicines.', 'child')).toBe('Bring your medicines.');
    expect(forAudience('Bring {{|your child’s }}medicines.', 'child')).toBe('Bring your child’s medicines.');
    expect(forAudience('Bring {{|your child’s }}medicines.', 'adult')).toBe('Bring medicines.');
  });

  it('speaks to a parent under 12', () => {
    expect(audienceOf(11)).toBe('child');
    expect(audienceOf(12)).toBe('adult');
  });
});
