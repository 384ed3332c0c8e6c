import { usePageTitle } from '../lib/use-page-title';

// Placeholder: this page is built under issue 6.
export default function Page() {
  usePageTitle('How this works');
  return <h1>How this works</h1>;
}
