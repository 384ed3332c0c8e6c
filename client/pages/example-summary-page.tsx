import { exampleById } from '../../shared/examples/examples';
import { SummaryView } from '../features/summary/components/summary-view';
import { Link } from '../lib/router';
import { usePageTitle } from '../lib/use-page-title';
import { NotFoundPage } from './not-found-page';

export default function ExampleSummaryPage({ params }: { params: Record<string, string> }) {
  const example = exampleById(params.id ?? '');
  usePageTitle(example ? `Example: ${example.title}` : 'Example not found');
  if (!example) return <NotFoundPage />;
  return (
    <>
      <p className="caption">
        <Link href="/examples">Worked examples</Link> (fictional)
      </p>
      <h1>{example.title}</h1>
      <p className="lead">{example.description}</p>
      <SummaryView intake={example.intake} patientSheetHref={`/examples/${example.id}/patient`} />
    </>
  );
}
