import { steps } from '../../../shared/questions/catalogue';
import type { StepId } from '../../../shared/questions/types';

// The form's screens: the catalogue's steps, then "Check your answers". Each is
// an address (/?step=spasticity), so Back and Forward move between them.

export type Screen = StepId | 'check';

export const screens: readonly { id: Screen; title: string }[] = [
  ...steps,
  { id: 'check', title: 'Check your answers' },
];

export const screenOf = (value: string | null): Screen =>
  screens.find((screen) => screen.id === value)?.id ?? 'patient';

export const screenHref = (screen: Screen, { returnToCheck = false } = {}) =>
  `/?step=${screen}${returnToCheck ? '&return=check' : ''}`;
