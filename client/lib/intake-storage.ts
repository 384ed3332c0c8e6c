import type { Intake } from '../../shared/api/intake';

// The answers live in this browser only (sessionStorage: gone when the tab closes).
// The form keeps its draft here; /summary and /summary/patient read the submitted intake.

const submittedKey = 'itb-referral-aid:submitted-intake';

export function saveSubmittedIntake(intake: Intake): void {
  sessionStorage.setItem(submittedKey, JSON.stringify(intake));
}

export function loadSubmittedIntake(): Intake | null {
  const raw = sessionStorage.getItem(submittedKey);
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as Intake;
  } catch {
    return null;
  }
}

export function clearSubmittedIntake(): void {
  sessionStorage.removeItem(submittedKey);
}

const draftKey = 'itb-referral-aid:draft';

/** The form's answers as typed, and the step the user was on. */
export type Draft<Values> = { values: Values; step: string };

export function saveDraft<Values>(draft: Draft<Values>): void {
  sessionStorage.setItem(draftKey, JSON.stringify(draft));
}

export function loadDraft<Values>(): Draft<Values> | null {
  const raw = sessionStorage.getItem(draftKey);
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as Draft<Values>;
  } catch {
    return null;
  }
}

export function clearDraft(): void {
  sessionStorage.removeItem(draftKey);
}
