import { noPumpNow, pumpNow } from './conditions';
import type { TextAddition } from './types';

// Sentences that several rules add under the same condition.

/** Scores recorded while a pump is in place were taken on intrathecal baclofen. */
export const scoresOnItb: TextAddition = {
  when: pumpNow,
  clinicianText: 'A baclofen pump is in place now: these scores were recorded on intrathecal baclofen.',
  patientText: 'These scores were taken with the pump in place.',
};

/** A step still to come only for someone who has no pump yet. */
export const beforeAPump = (patientText: string): TextAddition => ({ when: noPumpNow, patientText });
