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
