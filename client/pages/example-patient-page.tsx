import { usePageTitle } from '../lib/use-page-title';

// Placeholder: this page is built under issue 6.
export default function Page() {
  usePageTitle('Example patient sheet');
  return <h1>Example patient sheet</h1>;
}
