import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { goOffline, goOnline } from '../test/connection';
import { ConnectionNotice } from './connection-notice';

describe('ConnectionNotice', () => {
  it('says nothing while online, says at once that the device is offline, and says when the connection is back', () => {
    render(<ConnectionNotice />);
    const region = screen.getByRole('status');
    expect(region).toBeEmptyDOMElement();
    goOffline();
    expect(region).toHaveTextContent('This device is offline.');
    expect(region).toHaveTextContent('Your answers stay in this browser tab.');
    goOnline();
    expect(region).toHaveTextContent('The connection is back.');
    expect(region).not.toHaveTextContent('offline');
  });

  it('says so when the page opens offline', () => {
    goOffline();
    render(<ConnectionNotice />);
    expect(screen.getByRole('status')).toHaveTextContent('This device is offline.');
  });
});
