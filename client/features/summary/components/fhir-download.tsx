import { useRef, useState } from 'react';
import type { Bundle, QuestionnaireResponse } from '@medplum/fhirtypes';
import type { Intake } from '../../../../shared/api/intake';
import { apiFetch } from '../../../lib/api-client';

type Kind = 'document' | 'response';

const fileNames: Record<Kind, string> = { document: 'itb-referral-summary', response: 'itb-referral-answers' };

function save(resource: object, name: string) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(resource, null, 2)], { type: 'application/fhir+json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The two files of one $summary answer, and its date; an answer without them is refused in words. */
function filesOf(bundle: Bundle): { document: Bundle; response: QuestionnaireResponse; date: string } {
  const response = bundle.entry?.find((entry) => entry.resource?.resourceType === 'QuestionnaireResponse')?.resource;
  if (response?.resourceType !== 'QuestionnaireResponse' || bundle.timestamp === undefined)
    throw new Error('the server sent a document without the answers or its time. Try again.');
  return { document: bundle, response, date: bundle.timestamp.slice(0, 10) };
}

/**
 * "Download for the record (FHIR)": the answers as a QuestionnaireResponse and
 * the summary as a FHIR document, for a record system to file. Both come from
 * one call to $summary, so the pair always matches (same time, same ids); the
 * time is this click's, kept for the second file.
 */
export function FhirDownload({ intake }: { intake: Intake }) {
  const documentRequest = useRef<Promise<Bundle>>(undefined);
  const [status, setStatus] = useState('');

  const download = async (kind: Kind) => {
    // The FHIR builder carries the Questionnaire and the rule set: loaded on the first click, not with the page.
    documentRequest.current ??= import('../../../../shared/fhir/questionnaire-response').then(
      ({ questionnaireResponseOf }) =>
        apiFetch<Bundle>('/fhir/QuestionnaireResponse/$summary', {
          method: 'POST',
          body: questionnaireResponseOf(intake, new Date().toISOString()),
        }),
    );
    try {
      const files = filesOf(await documentRequest.current);
      save(files[kind], `${fileNames[kind]}-${files.date}.json`);
      setStatus(
        kind === 'document' ? 'Summary document saved (FHIR Bundle).' : 'Answers saved (FHIR QuestionnaireResponse).',
      );
    } catch (error) {
      documentRequest.current = undefined;
      setStatus(`The file could not be made: ${(error as Error).message}`);
    }
  };

  return (
    <section aria-labelledby="fhir-download" className="screen-only">
      <h2 id="fhir-download">Download for the record (FHIR)</h2>
      <p className="hint">
        FHIR R4 files for an electronic health record: this summary as a document, and the answers as a
        QuestionnaireResponse. Neither names the patient: attach them to the patient’s record.
      </p>
      <div className="summary-actions">
        <button type="button" className="button button-secondary" onClick={() => download('document')}>
          Summary document (.json)
        </button>
        <button type="button" className="button button-secondary" onClick={() => download('response')}>
          Answers (.json)
        </button>
        <p role="status" className="copy-status">
          {status}
        </p>
      </div>
    </section>
  );
}
