import { exampleById } from '../../shared/examples/examples';
import { PatientSheet } from '../features/patient-sheet/components/patient-sheet';
import { Link } from '../lib/router';
import { usePageTitle } from '../lib/use-page-title';
import { NotFoundPage } from './not-found-page';

export default function ExamplePatientPage({ params }: { params: Record<string, string> }) {
  const example = exampleById(params.id ?? '');
  usePageTitle(example ? `Patient sheet: ${example.title}` : 'Example not found');
  if (!example) return <NotFoundPage />;
  return (
    <>
      <p className="caption screen-only">
        Fictional example: <Link href={`/examples/${example.id}`}>{example.title}</Link>
      </p>
      <PatientSheet intake={example.intake} />
    </>
  );
}
