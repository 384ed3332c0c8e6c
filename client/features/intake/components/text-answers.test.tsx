import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { examples } from '../../../../shared/examples/examples';
import { renderWithQueries } from '../../../test/render';
import { toFormValues, type FormValues } from '../form-values';
import { IntakeForm } from './intake-form';

// Issue 18, items 6 and 7, on the form: the schema's verdict on a text answer
// shows next to its field, the answer stays as typed, and an answer is shown
// isolated, so its direction cannot spill onto the page around it.

const draftKey = 'itb-referral-aid:draft';
const press = (name: string) => act(() => fireEvent.click(screen.getByRole('button', { name })));

/** A worked example that asks for a description (condition "other"), changed by `change`. */
function open(step: string, change: (values: FormValues) => void) {
  const values = toFormValues(examples.find((example) => example.id === 'much-missing')!.intake);
  change(values);
  sessionStorage.setItem(draftKey, JSON.stringify(values));
  window.history.replaceState(null, '', `/?step=${step}`);
  return renderWithQueries(<IntakeForm />);
}

describe('text answers on the form', () => {
  it('refuses a description with no visible character next to the field, and keeps what was typed', async () => {
    open('patient', (values) => (values.diagnosis.otherDescription = '\u200B\u00AD\u180E'));
    await press('Continue');
    expect(await screen.findByRole('alert')).toHaveTextContent('Describe the condition');
    expect(document.getElementById('field-diagnosis-otherDescription-error')).toHaveTextContent(
      'Describe the condition',
    );
    expect(screen.getByLabelText('Describe the condition')).toHaveValue('\u200B\u00AD\u180E');
  });

  it('names a control character in the notes next to the field, and keeps what was typed', async () => {
    open('notes', (values) => (values.notes = 'Walks\u0007 50 m'));
    await press('Continue');
    const message =
      'Remove the control character U+0007 (character 6) from the notes: it may have come with pasted text';
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(document.getElementById('field-notes-error')).toHaveTextContent(message);
    expect(screen.getByLabelText('Notes for the specialist (optional)')).toHaveValue('Walks\u0007 50 m');
  });

  it('check your answers: an invisible description is "Not answered", invisible notes "Not given"', () => {
    open('check', (values) => {
      values.diagnosis.otherDescription = '\u200B';
      values.notes = '\u00AD ';
    });
    const answer = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling;
    expect(answer('Condition described')).toHaveTextContent(/^Not answered$/);
    expect(answer('Notes')).toHaveTextContent(/^Not given$/);
  });

  it('check your answers isolates every answer: a description ending in U+202E stays inside its <bdi>', () => {
    open('check', (values) => (values.diagnosis.otherDescription = 'Spastic paraplegia\u202E'));
    const values = [...document.querySelectorAll('.summary-list-value')];
    expect(values.length).toBeGreaterThan(20);
    for (const value of values) expect(value.firstElementChild?.tagName, value.textContent!).toBe('BDI');
    const description = screen.getByText('Condition described', { selector: 'dt' }).nextElementSibling!;
    expect(description.querySelector('bdi')).toHaveTextContent('Spastic paraplegia\u202E');
  });
});
