import { lazy, Suspense } from 'react';
import { usePageTitle } from '../lib/use-page-title';

// The form brings zod and react-hook-form; loading it as its own chunk lets the
// page's words show first, while the form arrives a moment later.
const IntakeForm = lazy(() =>
  import('../features/intake/components/intake-form').then((module) => ({ default: module.IntakeForm })),
);

export function StartPage() {
  usePageTitle('Refer for intrathecal baclofen');
  return (
    <>
      <h1>Refer a patient for intrathecal baclofen</h1>
      <p className="lead">
        Answer a few questions about your patient&rsquo;s spasticity. You get a summary of points for the specialist to
        discuss, each with the answers behind it and its sources, and a plain-language sheet your patient can print and
        bring.
      </p>
      <div className="inset">
        <p>
          <strong>This is not a decision.</strong> The summary does not say whether a pump is right for anyone; the
          specialist and the patient decide that together.
        </p>
        <p>Do not enter names, dates of birth or record numbers. The form never asks for them.</p>
      </div>
      <Suspense fallback={<p role="status">Loading the form…</p>}>
        <IntakeForm />
      </Suspense>
    </>
  );
}
