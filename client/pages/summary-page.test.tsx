import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../shared/rules/summarize';
import { testIdentity } from '../../shared/fixtures/test-identity';
import { baseIntake } from '../../shared/fixtures/intakes';
import { goOffline } from '../test/connection';
import { renderWithQueries } from '../test/render';
import { server } from '../test/setup';
import PatientSheetPage from './patient-sheet-page';
import SummaryPage from './summary-page';

// The summary and the sheet each ask the API for the summary of the answers kept in this tab.

describe.each([
  ['/summary', SummaryPage, 'The summary could not be created'],
  ['/summary/patient', PatientSheetPage, 'The sheet could not be made'],
])('%s offline', (_path, Page, title) => {
  it('says at once that the device is offline, with a way to try again, instead of waiting', async () => {
    sessionStorage.setItem('itb-referral-aid:submitted-intake', JSON.stringify(baseIntake()));
    let requests = 0;
    server.use(
      http.post('*/api/summary', () => {
        requests += 1;
        return HttpResponse.error();
      }),
      http.get('*/api/rules', () => HttpResponse.error()),
    );
    // The app is open (its query client listening for the network) when the connection drops.
    const app = renderWithQueries(<p>The referral form</p>, { appRetries: true });
    goOffline();
    app.rerender(<Page />);
    const failure = await screen.findByRole('alert');
    // No retry a second later: offline, it would fail the same way.
    expect(requests).toBe(1);
    expect(failure).toHaveTextContent(title);
    expect(failure).toHaveTextContent('This device is offline. Connect to the internet, then try again.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('/summary', () => {
  it('puts the focus on its heading when it opens (after "Create summary"), not on the body', async () => {
    sessionStorage.setItem('itb-referral-aid:submitted-intake', JSON.stringify(baseIntake()));
    server.use(
      http.post('*/api/summary', () => HttpResponse.json(summarize(baseIntake(), testIdentity))),
      http.get('*/api/rules', () => HttpResponse.error()),
    );
    renderWithQueries(<SummaryPage />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Discussion summary' }));
  });
});
