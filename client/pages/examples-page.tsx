import { examples } from '../../shared/examples/examples';
import { Link } from '../lib/router';
import { usePageTitle } from '../lib/use-page-title';

export default function ExamplesPage() {
  usePageTitle('Worked examples');
  return (
    <>
      <h1>Worked examples</h1>
      <p className="lead">
        Fictional referrals, one for each typical case. Each summary and patient sheet is made by the same API call as a
        real form.
      </p>
      <ul className="example-list">
        {examples.map((example) => (
          <li key={example.id}>
            <h2>
              <Link href={`/examples/${example.id}`}>{example.title}</Link>
            </h2>
            <p>{example.description}</p>
            <p>
              <Link href={`/examples/${example.id}/patient`}>
                Patient sheet<span className="visually-hidden"> for {example.title}</span>
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
