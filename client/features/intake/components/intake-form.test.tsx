import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { examples } from '../../../../shared/examples/examples';
import { baseIntake } from '../../../../shared/fixtures/intakes';
import { testIdentity } from '../../../../shared/fixtures/test-identity';
import { summarize } from '../../../../shared/rules/summarize';
import { goOffline } from '../../../test/connection';
import { server } from '../../../test/setup';
import { renderWithQueries } from '../../../test/render';
import { toFormValues } from '../form-values';
import { IntakeForm } from './intake-form';

// The form's behaviour in jsdom, against a mocked API: steps, errors, follow-ups,
// "None of these", server errors, saved answers and clearing.

const draftKey = 'itb-referral-aid:draft';
const group = (name: string) => screen.getByRole('group', { name });
const heading = () => screen.getByRole('heading', { level: 2, name: /^Step/ });
const click = (element: HTMLElement) => act(() => fireEvent.click(element));
const press = (name: string | RegExp) => click(screen.getByRole('button', { name }));
const typeInto = (element: HTMLElement, value: string) => act(() => fireEvent.change(element, { target: { value } }));
const checkRow = (label: string) =>
  screen.getAllByRole('term').find((term) => term.textContent === label)?.nextElementSibling?.textContent;

function open(step = 'patient', values: object | null = null) {
  if (values) sessionStorage.setItem(draftKey, JSON.stringify(values));
  window.history.replaceState(null, '', `/?step=${step}`);
  return renderWithQueries(<IntakeForm />);
}

describe('the referral form', () => {
  it('shows "There is a problem", focused, with a link and an inline error per question, and "Step 1 of 7"', async () => {
    open();
    expect(heading()).toHaveTextContent('Step 1 of 7The patient and diagnosis');
    await press('Continue');
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    // NHS pattern: focus on the box, role="alert" on a child.
    expect(document.activeElement).toHaveClass('error-summary');
    expect(document.activeElement).not.toHaveAttribute('role');
    const links = within(summary)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(links).toEqual([
      '#field-patient-ageYears',
      '#field-patient-mobility',
      '#field-diagnosis-condition',
      '#field-diagnosis-monthsSinceOnset',
    ]);
    expect(document.getElementById('field-patient-ageYears-error')).toHaveTextContent(
      "Enter the patient's age in years",
    );
    await click(within(summary).getAllByRole('link')[0]!);
    expect(document.activeElement?.id).toBe('field-patient-ageYears');
  });

  it('shows a follow-up only for its condition, and never sends a hidden answer', async () => {
    open();
    await click(within(group('Condition causing the spasticity')).getByLabelText('Cerebral palsy'));
    expect(screen.getByRole('group', { name: /GMFCS/ })).toBeInTheDocument();
    await click(within(screen.getByRole('group', { name: /GMFCS/ })).getByLabelText('IV'));
    await click(within(group('Condition causing the spasticity')).getByLabelText('Spinal cord injury'));
    expect(screen.queryByRole('group', { name: /GMFCS/ })).not.toBeInTheDocument();
    expect(group('Neurological level of the injury')).toBeInTheDocument();
    await press('Continue');
    const links = within(await screen.findByRole('alert'))
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toContain('Choose the neurological level of the injury, or "Not sure"');
    expect(links.join()).not.toContain('GMFCS');
  });

  it('"None of these" clears the other boxes, and ticking one clears it', async () => {
    open('treatments-goals');
    const goals = group('What would the patient most like to change?');
    await click(within(goals).getByLabelText('Less pain'));
    await click(within(goals).getByLabelText('Walking'));
    await click(within(goals).getByLabelText('None of these'));
    expect(within(goals).getByLabelText('Less pain')).not.toBeChecked();
    expect(within(goals).getByLabelText('Walking')).not.toBeChecked();
    expect(within(goals).getByLabelText('None of these')).toBeChecked();
    await click(within(goals).getByLabelText('Better sleep'));
    expect(within(goals).getByLabelText('None of these')).not.toBeChecked();
    expect(JSON.parse(sessionStorage.getItem(draftKey)!).goals).toEqual(['better_sleep']);
  });

  it('check your answers shows every gap as "Not answered" with a link to it, and Change comes back here', async () => {
    const values = toFormValues(baseIntake());
    values.goals = [];
    values.considerations.needsMri = '';
    open('check', values);
    const rows = screen.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(rows).toContainEqual(['Goals', 'Not answered']);
    expect(rows).toContainEqual(['Expects regular MRI scans', 'Not answered']);
    expect(rows).toContainEqual(['Other treatments tried', 'Physiotherapy; Tizanidine']);
    await click(screen.getByRole('link', { name: 'Answer goals' }));
    expect(window.location.search).toBe('?step=treatments-goals&return=check');
    await click(within(group('What would the patient most like to change?')).getByLabelText('Walking'));
    await press('Continue to check your answers');
    expect(window.location.search).toBe('?step=check');
    expect(heading()).toHaveTextContent('Check your answers');
  });

  it('check your answers has one Change link per step, which opens the step at its heading', async () => {
    open('check', toFormValues(baseIntake()));
    const changes = screen.getAllByRole('link', { name: /^Change/ });
    expect(changes.map((link) => link.textContent)).toEqual([
      'Change the patient and diagnosis',
      'Change spasticity',
      'Change oral baclofen',
      'Change other treatments and goals',
      'Change things the specialist needs to know',
      'Change notes',
    ]);
    await click(screen.getByRole('link', { name: 'Change spasticity' }));
    expect(window.location.search).toBe('?step=spasticity&return=check');
    expect(document.activeElement).toBe(heading());
    expect(heading()).toHaveTextContent('Spasticity');
  });

  it('moves between steps with the browser Back button: the step is in the address', async () => {
    open('patient', toFormValues(baseIntake()));
    await press('Continue');
    expect(window.location.search).toBe('?step=spasticity');
    await act(() => {
      window.history.back();
    });
    await waitFor(() => expect(heading()).toHaveTextContent('The patient and diagnosis'));
    expect(document.activeElement).toBe(heading());
  });

  it('after a failed Create summary, opens the step with the problem and focuses its error summary', async () => {
    const values = toFormValues(baseIntake());
    values.spasticity.modifiedAshworth = '';
    open('check', values);
    await press('Create summary');
    await waitFor(() => expect(heading()).toHaveTextContent('Spasticity'));
    expect(document.activeElement).toHaveClass('error-summary');
    expect(document.activeElement).toHaveTextContent('Choose a Modified Ashworth score');
  });

  it('puts a server 400 on the same field as a client error', async () => {
    server.use(
      http.post('*/api/summary', () =>
        HttpResponse.json(
          {
            error: 'invalid_request',
            message: 'The intake has 1 problem; see issues.',
            issues: [{ path: 'spasticity.pennSpasmFrequency', message: 'Choose a Penn score the server accepts' }],
          },
          { status: 400 },
        ),
      ),
    );
    open('check', toFormValues(baseIntake()));
    await press('Create summary');
    await waitFor(() => expect(heading()).toHaveTextContent('Spasticity'));
    expect(document.getElementById('field-spasticity-pennSpasmFrequency-error')).toHaveTextContent(
      'Choose a Penn score the server accepts',
    );
  });

  it('says the summary could not be created when a refusal names no problem to fix', async () => {
    server.use(
      http.post('*/api/summary', () =>
        HttpResponse.json(
          { error: 'invalid_request', message: 'The intake was refused.', issues: [] },
          { status: 400 },
        ),
      ),
    );
    open('check', toFormValues(baseIntake()));
    await press('Create summary');
    expect(await screen.findByText('The summary could not be created')).toBeInTheDocument();
    expect(screen.getByText('The intake was refused. Your answers are still here.')).toBeInTheDocument();
  });

  it('offline, says so at once when Create summary fails, keeps the answers and tries again when asked', async () => {
    let requests = 0;
    server.use(
      http.post('*/api/summary', () => {
        requests += 1;
        return requests === 1 ? HttpResponse.error() : HttpResponse.json(summarize(baseIntake(), testIdentity));
      }),
    );
    open('check', toFormValues(baseIntake()));
    goOffline();
    await press('Create summary');
    // At once: well within the 1 s findBy waits, where it used to say "Creating summary…" until the network came back.
    const failure = await screen.findByRole('alert');
    expect(failure).toHaveTextContent('The summary could not be created');
    expect(failure).toHaveTextContent('This device is offline. Connect to the internet, then try again.');
    expect(failure).toHaveTextContent('Your answers are still here.');
    expect(screen.getByRole('button', { name: 'Create summary' })).toBeEnabled();
    expect(screen.getByText('42 years')).toBeInTheDocument();
    expect(requests).toBe(1);
    await click(within(failure).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(window.location.pathname).toBe('/summary'));
    expect(requests).toBe(2);
  });

  it('sends the intake the form shows, and keeps it for /summary', async () => {
    let sent: unknown;
    server.use(
      http.post('*/api/summary', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(summarize(baseIntake(), testIdentity));
      }),
    );
    open('check', toFormValues(baseIntake()));
    await press('Create summary');
    await waitFor(() => expect(window.location.pathname).toBe('/summary'));
    expect(sent).toEqual(baseIntake());
    expect(JSON.parse(sessionStorage.getItem('itb-referral-aid:submitted-intake')!)).toEqual(baseIntake());
  });

  it('says so when it shows saved answers, keeping them is the main action, and clearing asks first', async () => {
    sessionStorage.setItem('itb-referral-aid:submitted-intake', JSON.stringify(examples[0]!.intake));
    open('patient', toFormValues(examples[0]!.intake));
    const notice = screen.getByRole('region', { name: 'These are saved answers from earlier in this tab' });
    expect(screen.getByLabelText('Age in years')).toHaveValue('42');
    const [keep, clear] = within(notice).getAllByRole('button');
    expect(keep).toHaveAccessibleName('Keep these answers');
    expect(keep).toHaveClass('button');
    expect(keep).not.toHaveClass('button-secondary');
    expect(clear).toHaveAccessibleName('Clear answers and start a new referral');
    expect(clear).toHaveClass('button-secondary');

    // Clearing asks first, in the page, and "No" changes nothing.
    await click(clear!);
    const confirm = screen.getByRole('group', { name: 'Clear all answers?' });
    expect(document.activeElement).toBe(confirm);
    expect(screen.getByLabelText('Age in years')).toHaveValue('42');
    await click(within(confirm).getByRole('button', { name: 'No, keep the answers' }));
    expect(screen.queryByRole('group', { name: 'Clear all answers?' })).not.toBeInTheDocument();
    expect(document.activeElement).toHaveAccessibleName('Clear answers and start a new referral');
    expect(Object.keys(sessionStorage)).toContain('itb-referral-aid:submitted-intake');

    await click(screen.getByRole('button', { name: 'Clear answers and start a new referral' }));
    await click(screen.getByRole('button', { name: 'Yes, clear all answers' }));
    expect(screen.getByText(/All answers cleared\./)).toBeInTheDocument();
    expect(screen.getByLabelText('Age in years')).toHaveValue('');
    expect(Object.keys(sessionStorage).filter((key) => key !== draftKey)).toEqual([]);
    expect(screen.queryByRole('heading', { name: /saved answers/ })).not.toBeInTheDocument();
    expect(document.activeElement).toBe(heading());
  });

  it('"Keep these answers" closes the box and leaves the keyboard on the step', async () => {
    open('patient', toFormValues(baseIntake()));
    await press('Keep these answers');
    expect(screen.queryByRole('region', { name: /saved answers/ })).not.toBeInTheDocument();
    expect(document.activeElement).toBe(heading());
    expect(screen.getByLabelText('Age in years')).toHaveValue('42');
  });

  it('"Clear answers" under the form asks first too', async () => {
    open('notes', toFormValues(baseIntake()));
    await press('Clear answers');
    expect(screen.getByLabelText('Notes for the specialist (optional)')).toBeInTheDocument();
    await press('Yes, clear all answers');
    expect(heading()).toHaveTextContent('The patient and diagnosis');
    expect(screen.getByLabelText('Age in years')).toHaveValue('');
  });

  it('drops a malformed draft instead of breaking, and starts on step 1 for an unknown step', () => {
    open('bogus', { values: {}, step: 'bogus' });
    expect(heading()).toHaveTextContent('The patient and diagnosis');
    expect(screen.getByLabelText('Age in years')).toHaveValue('');
  });

  it('counts the characters left in the notes and states the limit in the hint', async () => {
    open('notes');
    const notes = screen.getByLabelText('Notes for the specialist (optional)');
    expect(screen.getByText(/up to 2,000 characters/)).toBeInTheDocument();
    expect(screen.getByText('You have 2,000 characters remaining')).toBeInTheDocument();
    await act(() => fireEvent.input(notes, { target: { value: 'x'.repeat(2010) } }));
    expect(screen.getByText('You have 10 characters too many')).toBeInTheDocument();
  });
});

describe('numbers as people type them', () => {
  const onset = () => group('Time since the condition began or the injury happened');

  /** Types on the patient step, then Create summary from Check your answers; returns what was sent. */
  async function sendAfter(step: string, change: () => Promise<void>) {
    let sent: { diagnosis: { monthsSinceOnset: unknown }; oralBaclofen: { highestDailyDoseMg?: unknown } } | undefined;
    server.use(
      http.post('*/api/summary', async ({ request }) => {
        sent = (await request.json()) as typeof sent;
        return HttpResponse.json(summarize(baseIntake(), testIdentity));
      }),
    );
    open(step, toFormValues(baseIntake()));
    await change();
    await click(screen.getByRole('link', { name: /Check your answers/ }));
    const rows = { onset: checkRow('Time since onset or injury'), dose: checkRow('Highest daily oral dose') };
    await press('Create summary');
    await waitFor(() => expect(sent).toBeDefined());
    return { sent: sent!, rows };
  }

  it('asks the time since onset in years and months, sends months, and reads it in years', async () => {
    const { sent, rows } = await sendAfter('patient', async () => {
      // The contract example's 96 months, as the two boxes show them.
      expect(within(onset()).getByLabelText('Years')).toHaveValue('8');
      expect(within(onset()).getByLabelText('Months')).toHaveValue('0');
      await typeInto(within(onset()).getByLabelText('Years'), '14');
      await typeInto(within(onset()).getByLabelText('Months'), '');
    });
    expect(rows.onset).toBe('14 years');
    expect(sent.diagnosis.monthsSinceOnset).toBe(168);
  });

  it.each([
    ['1', '2', 14, '1 year 2 months'],
    ['', '8', 8, '8 months'],
    ['0', '18', 18, '1 year 6 months'],
  ])('years "%s" and months "%s" are %i months, "%s"', async (years, months, sentMonths, words) => {
    const { sent, rows } = await sendAfter('patient', async () => {
      await typeInto(within(onset()).getByLabelText('Years'), years);
      await typeInto(within(onset()).getByLabelText('Months'), months);
    });
    expect(rows.onset).toBe(words);
    expect(sent.diagnosis.monthsSinceOnset).toBe(sentMonths);
  });

  it('keeps the error of the time since onset on its field, worded in years and months', async () => {
    open('patient', toFormValues(baseIntake()));
    await typeInto(within(onset()).getByLabelText('Years'), '');
    await typeInto(within(onset()).getByLabelText('Months'), '');
    await press('Continue');
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link');
    expect(link).toHaveAttribute('href', '#field-diagnosis-monthsSinceOnset');
    expect(link).toHaveTextContent('Enter the time since onset or injury in years and months, or select "Not known"');
    expect(onset()).toHaveAccessibleDescription(/Enter the time since onset or injury in years and months/);
    expect(document.getElementById('field-diagnosis-monthsSinceOnset')).toBe(within(onset()).getByLabelText('Years'));

    await typeInto(within(onset()).getByLabelText('Years'), '1o');
    await press('Continue');
    expect(within(await screen.findByRole('alert')).getByRole('link')).toHaveTextContent(
      'Enter the time since onset or injury in whole years and months, for example 1 year 6 months',
    );
    await click(within(onset()).getByLabelText('Not known'));
    expect(within(onset()).getByLabelText('Years')).toBeDisabled();
    expect(within(onset()).getByLabelText('Months')).toBeDisabled();
  });

  it.each(['80mg', '80 mg', '80 MG'])('reads "%s" in the dose as 80', async (typed) => {
    const { sent, rows } = await sendAfter('oral-baclofen', async () => {
      await typeInto(screen.getByLabelText('Highest daily dose'), typed);
    });
    expect(rows.dose).toBe('80 mg a day');
    expect(sent.oralBaclofen.highestDailyDoseMg).toBe(80);
  });

  it('says to type the number of milligrams when the dose holds other text', async () => {
    open('oral-baclofen', toFormValues(baseIntake()));
    await typeInto(screen.getByLabelText('Highest daily dose'), '20 mg three times');
    await press('Continue');
    expect(within(await screen.findByRole('alert')).getByRole('link')).toHaveTextContent(
      'Enter the number of milligrams a day only, for example 60',
    );
    expect(document.getElementById('field-oralBaclofen-highestDailyDoseMg-error')).toHaveTextContent(
      'Enter the number of milligrams a day only, for example 60',
    );
  });
});

describe('a link from the record', () => {
  it('opens the form with the answers its fragment carries, says so, and takes the fragment out of the address', async () => {
    window.history.replaceState(null, '', '/#diagnosis.condition=multiple_sclerosis&oralBaclofen.tried=yes');
    renderWithQueries(<IntakeForm />);
    expect(screen.getByText(/From the patient’s record:/).parentElement).toHaveTextContent(
      'From the patient’s record: Condition: Multiple sclerosis; Oral baclofen tried: Yes. Check these as you go.',
    );
    expect(within(group('Condition causing the spasticity')).getByLabelText('Multiple sclerosis')).toBeChecked();
    expect(window.location.hash).toBe('');
  });

  it('fills the age and weight from the record for the user to confirm: they can be changed like any answer', async () => {
    window.history.replaceState(null, '', '/#diagnosis.condition=stroke&patient.ageYears=67&patient.weightKg=81.5');
    renderWithQueries(<IntakeForm />);
    expect(screen.getByText(/From the patient’s record:/).parentElement).toHaveTextContent(
      'From the patient’s record: Age: 67 years; Weight: 81.5 kg; Condition: Stroke. Check these as you go.',
    );
    expect(screen.getByLabelText('Age in years')).toHaveValue('67');
    expect(screen.getByLabelText('Weight in kg (optional)')).toHaveValue('81.5');
    await typeInto(screen.getByLabelText('Age in years'), '68');
    expect(JSON.parse(sessionStorage.getItem(draftKey)!).patient.ageYears).toBe('68');
  });

  it('uses none of the answers of a link the record card did not make, and says so quietly', () => {
    window.history.replaceState(
      null,
      '',
      '/#diagnosis.condition=stroke&considerations.pregnancy=no&considerations.bleedingRisk=no',
    );
    renderWithQueries(<IntakeForm />);
    expect(screen.queryByText(/From the patient’s record/)).not.toBeInTheDocument();
    expect(screen.getByText(/The answers in the link you followed were not used/)).toHaveTextContent(
      'The answers in the link you followed were not used: it is not a link this form makes. Fill in the form as usual.',
    );
    expect(within(group('Condition causing the spasticity')).getByLabelText('Stroke')).not.toBeChecked();
    expect(window.location.hash).toBe('');
  });

  it('never overwrites saved answers of this tab', () => {
    sessionStorage.setItem(draftKey, JSON.stringify(toFormValues(baseIntake())));
    window.history.replaceState(null, '', '/#diagnosis.condition=stroke');
    renderWithQueries(<IntakeForm />);
    expect(within(group('Condition causing the spasticity')).getByLabelText('Multiple sclerosis')).toBeChecked();
    expect(
      screen.getByRole('heading', { name: 'These are saved answers from earlier in this tab' }),
    ).toBeInTheDocument();
  });
});
