import { usePageTitle } from '../lib/use-page-title';

// Placeholder: this page is built under issue 6.
export default function Page() {
  usePageTitle('Example summary');
  return <h1>Example summary</h1>;
}
