import { exampleById } from '../../shared/examples/examples';
import { PatientSheet } from '../features/patient-sheet/components/patient-sheet';
import { useSheetLanguage } from '../features/patient-sheet/sheet-languages';
import { Link } from '../lib/router';
import { NotFoundPage } from './not-found-page';

export default function ExamplePatientPage({ params }: { params: Record<string, string> }) {
  const example = exampleById(params.id ?? '');
  const language = useSheetLanguage();
  if (!example) return <NotFoundPage />;
  return (
    <>
      <p className="caption screen-only" lang="en-GB">
        Fictional example: <Link href={`/examples/${example.id}`}>{example.title}</Link>
      </p>
      <PatientSheet intake={example.intake} language={language} title={`Patient sheet: ${example.title}`} />
    </>
  );
}
