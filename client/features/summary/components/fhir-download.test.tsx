import { fireEvent, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { vi } from 'vitest';
import { examples } from '../../../../shared/examples/examples';
import { server } from '../../../test/setup';
import { renderWithQueries } from '../../../test/render';
import { FhirDownload } from './fhir-download';
import { ruleSet } from '../../../../shared/rules/rule-set';

describe('Download for the record (FHIR)', () => {
  it('saves the summary document and the answers from one $summary call, named by the date', async () => {
    const posted: { authored: string; questionnaire: string }[] = [];
    const response = { resourceType: 'QuestionnaireResponse', id: 'r1', status: 'completed' };
    server.use(
      http.post('*/api/fhir/QuestionnaireResponse/$summary', async ({ request }) => {
        posted.push((await request.json()) as (typeof posted)[number]);
        return HttpResponse.json({
          resourceType: 'Bundle',
          type: 'document',
          timestamp: '2026-11-25T14:30:00.000Z',
          entry: [{ resource: { resourceType: 'Composition' } }, { resource: response }],
        });
      }),
    );
    const saved: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob as Blob);
      return url;
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: blobs.get(this.href)! });
    });

    renderWithQueries(<FhirDownload intake={examples[0]!.intake} />);
    expect(screen.getByRole('heading', { name: 'Download for the record (FHIR)' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Summary document (.json)' }));
    await screen.findByText('Summary document saved (FHIR Bundle).');
    fireEvent.click(screen.getByRole('button', { name: 'Answers (.json)' }));
    await screen.findByText('Answers saved (FHIR QuestionnaireResponse).');

    expect(posted).toHaveLength(1);
    expect(posted[0]!.questionnaire).toBe(
      `https://itb-referral-aid.example/fhir/Questionnaire/itb-referral|${ruleSet.version}`,
    );
    expect(posted[0]!.authored).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(saved.map((file) => file.name)).toEqual([
      'itb-referral-summary-2026-11-25.json',
      'itb-referral-answers-2026-11-25.json',
    ]);
    expect(JSON.parse(await saved[1]!.blob.text())).toEqual(response);
    expect(saved[0]!.blob.type).toBe('application/fhir+json');
    click.mockRestore();
  });

  it('says so when the server refuses, and tries again on the next click', async () => {
    let calls = 0;
    server.use(
      http.post('*/api/fhir/QuestionnaireResponse/$summary', () => {
        calls += 1;
        return HttpResponse.json(
          { error: 'internal_error', message: 'Something went wrong on the server. Try again.' },
          { status: 500 },
        );
      }),
    );
    renderWithQueries(<FhirDownload intake={examples[0]!.intake} />);
    fireEvent.click(screen.getByRole('button', { name: 'Answers (.json)' }));
    await screen.findByText('The file could not be made: Something went wrong on the server. Try again.');
    fireEvent.click(screen.getByRole('button', { name: 'Answers (.json)' }));
    await waitFor(() => expect(calls).toBe(2));
  });

  it.each(['Summary document (.json)', 'Answers (.json)'])(
    '%s: says so in words when the answer lacks the answers and the time, and saves nothing',
    async (name) => {
      server.use(
        http.post('*/api/fhir/QuestionnaireResponse/$summary', () =>
          HttpResponse.json({
            resourceType: 'Bundle',
            type: 'document',
            entry: [{ resource: { resourceType: 'Composition' } }],
          }),
        ),
      );
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click');
      renderWithQueries(<FhirDownload intake={examples[0]!.intake} />);
      fireEvent.click(screen.getByRole('button', { name }));
      await screen.findByText(
        'The file could not be made: the server sent a document without the answers or its time. Try again.',
      );
      expect(click).not.toHaveBeenCalled();
      click.mockRestore();
    },
  );
});
