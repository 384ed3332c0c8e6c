import type { conditions } from '../api/options';

// Codes from standard terminologies that the question catalogue does not hold.
// Each is a single concept we could source, used as an extra coding beside our
// own. The codes a patient's record may use for the same conditions (kinds of
// these concepts, ICD-10 families) are listed in record-codes.ts.

type NamedCondition = Exclude<(typeof conditions)[number], 'other'>;

/**
 * SNOMED CT International Edition concepts for the five named conditions, with
 * their fully specified names (as used in HL7 implementation guide value sets).
 * "Brain injury" is the concept that covers traumatic and non-traumatic injury.
 */
export const snomedConditions: Record<NamedCondition, { code: string; display: string }> = {
  cerebral_palsy: { code: '128188000', display: 'Cerebral palsy (disorder)' },
  multiple_sclerosis: { code: '24700007', display: 'Multiple sclerosis (disorder)' },
  spinal_cord_injury: { code: '90584004', display: 'Spinal cord injury (disorder)' },
  stroke: { code: '230690007', display: 'Cerebrovascular accident (disorder)' },
  brain_injury: { code: '127294003', display: 'Traumatic or nontraumatic brain injury (disorder)' },
};

/** UCUM codes for the catalogue's unit words ("mg a day" is mg/d). */
export const ucumUnits: Record<string, string> = {
  years: 'a',
  kg: 'kg',
  months: 'mo',
  'mg a day': 'mg/d',
};

/** LOINC document type of the summary: a referral note (as in C-CDA Referral Note). */
export const referralNoteType = { code: '57133-1', display: 'Referral note' } as const;
