// Patient texts speak to the patient, or to a parent when the patient is a
// young child. One text holds both forms as {{adult words|child words}}, so a
// sentence is written once and its two readings cannot drift apart.

export type Audience = 'adult' | 'child';

/** Under 12 the sheet speaks to the parent ("your child"). */
export const audienceOf = (ageYears: number): Audience => (ageYears < 12 ? 'child' : 'adult');

const alternation = /\{\{([^|{}]*)\|([^|{}]*)\}\}/g;

/** "{{You have|Your child has}} a shunt." -> "You have a shunt." or "Your child has a shunt." */
export function forAudience(text: string, audience: Audience): string {
  return text.replace(alternation, (_match, adult: string, child: string) => (audience === 'adult' ? adult : child));
}
