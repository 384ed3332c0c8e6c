// Clearing needs no schema: the app shell (error boundary) can offer it without
// loading zod, which only the form and the summary pages need.

/** Every key this app stores in sessionStorage starts with this. */
export const storagePrefix = 'itb-referral-aid:';

/** Forget this patient: the draft, the submitted intake and anything else this app stored. */
export function clearAllAnswers(): void {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(storagePrefix)) sessionStorage.removeItem(key);
}
