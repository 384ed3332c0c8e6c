import type { ReactNode } from 'react';
import { Link } from '../lib/router';
import { ConnectionNotice } from './connection-notice';

// The site's own words are English; lang on them keeps them so under a page in another language.
export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      {/* Focus moves without a fragment in the address: the form reads a fragment as answers from the record. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="site-header" lang="en-GB">
        <div className="width-container">
          <Link className="site-name" href="/">
            ITB Referral Aid
          </Link>
          <nav aria-label="Main">
            <ul className="site-nav">
              <li>
                <Link href="/">Referral form</Link>
              </li>
              <li>
                <Link href="/rules">How this works</Link>
              </li>
              <li>
                <Link href="/examples">Examples</Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="width-container" tabIndex={-1}>
        <ConnectionNotice />
        {children}
      </main>
      <footer className="site-footer" lang="en-GB">
        <div className="width-container">
          <p>
            ITB Referral Aid lists points for a specialist to discuss. It does not decide who gets a pump. No answers
            leave this browser until you create a summary, and the server keeps nothing.
          </p>
        </div>
      </footer>
    </>
  );
}
