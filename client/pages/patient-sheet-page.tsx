import { usePageTitle } from '../lib/use-page-title';

// Placeholder: this page is built under issue 6.
export default function Page() {
  usePageTitle('Your sheet for the specialist visit');
  return <h1>Your sheet for the specialist visit</h1>;
}
