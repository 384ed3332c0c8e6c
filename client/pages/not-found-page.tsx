import { Link } from '../lib/router';
import { usePageTitle } from '../lib/use-page-title';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>
        Check the address, or go to the <Link href="/">referral form</Link>.
      </p>
    </>
  );
}
