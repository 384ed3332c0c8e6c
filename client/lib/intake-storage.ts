import { intakeSchema, type Intake } from '../../shared/api/intake';
import { storagePrefix as prefix } from './clear-answers';

// The answers live in this browser only (sessionStorage: gone when the tab
// closes, though Chromium may keep it in the profile on disk until then). The
// form keeps its draft here; /summary and /summary/patient read the submitted
// intake. Whatever is read back is checked, so a damaged or old entry is
// dropped instead of breaking a page.

const submittedKey = `${prefix}submitted-intake`;
const draftKey = `${prefix}draft`;

function read(key: string): unknown {
  const raw = sessionStorage.getItem(key);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    sessionStorage.removeItem(key);
    return undefined;
  }
}

export function saveSubmittedIntake(intake: Intake): void {
  sessionStorage.setItem(submittedKey, JSON.stringify(intake));
}

export function loadSubmittedIntake(): Intake | null {
  const result = intakeSchema.safeParse(read(submittedKey));
  if (result.success) return result.data;
  sessionStorage.removeItem(submittedKey);
  return null;
}

export function saveDraft(values: unknown): void {
  sessionStorage.setItem(draftKey, JSON.stringify(values));
}

/** The draft if `isValid` accepts it; anything else is removed. */
export function loadDraft<Values>(isValid: (value: unknown) => value is Values): Values | null {
  const value = read(draftKey);
  if (value !== undefined && isValid(value)) return value;
  sessionStorage.removeItem(draftKey);
  return null;
}
