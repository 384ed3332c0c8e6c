import { describe, expect, it, vi } from 'vitest';
import { fieldOfIssue, setServerErrors } from './set-server-errors';

describe('setServerErrors', () => {
  it('puts each issue on its field, list items on their list, and the rest on root', () => {
    const setError = vi.fn();
    setServerErrors(
      [
        { path: 'patient.ageYears', message: 'Enter the age' },
        { path: 'spasticity.impacts.2', message: 'Choose from the list' },
        { path: 'surprise', message: 'Remove "surprise"' },
      ],
      setError,
    );
    expect(setError.mock.calls).toEqual([
      ['patient.ageYears', { type: 'server', message: 'Enter the age' }],
      ['spasticity.impacts', { type: 'server', message: 'Choose from the list' }],
      ['root.serverError', { type: 'server', message: 'Remove "surprise"' }],
    ]);
  });

  it('maps a union-level oral baclofen issue to its "tried" radios', () => {
    expect(fieldOfIssue('oralBaclofen')).toBe('oralBaclofen.tried');
    expect(fieldOfIssue('oralBaclofen.response')).toBe('oralBaclofen.response');
  });
});
