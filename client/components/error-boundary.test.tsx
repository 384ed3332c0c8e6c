import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';

function Broken(): never {
  throw new Error('a page that breaks');
}

describe('ErrorBoundary', () => {
  it('shows a way back and a Clear action instead of a blank page, and clears stored answers', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    sessionStorage.setItem('itb-referral-aid:draft', '{"patient":{}}');
    render(
      <ErrorBoundary resetKey="/summary">
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong on this page' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the referral form' })).toHaveAttribute('href', '/');
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Clear answers' })));
    expect(screen.getByText('All answers cleared from this browser tab.')).toBeInTheDocument();
    expect(sessionStorage.length).toBe(0);
  });

  it('tries again on another page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(
      <ErrorBoundary resetKey="/a">
        <Broken />
      </ErrorBoundary>,
    );
    rerender(
      <ErrorBoundary resetKey="/b">
        <p>The next page</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('The next page')).toBeInTheDocument();
  });
});
