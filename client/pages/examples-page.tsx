import { usePageTitle } from '../lib/use-page-title';

// Placeholder: this page is built under issue 6.
export default function Page() {
  usePageTitle('Worked examples');
  return <h1>Worked examples</h1>;
}
