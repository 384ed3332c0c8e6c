import { Component, type ErrorInfo, type ReactNode } from 'react';
import { clearAllAnswers } from '../lib/clear-answers';

type Props = { children: ReactNode; resetKey: string };
type State = { failed: boolean; cleared: boolean };

/**
 * A page that throws shows this instead of a blank screen: what happened, a way
 * back, and a way to clear stored answers in case they caused it. Moving to
 * another page (resetKey) tries again.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { failed: false, cleared: false };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  componentDidUpdate(previous: Props) {
    if (previous.resetKey !== this.props.resetKey && this.state.failed)
      this.setState({ failed: false, cleared: false });
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // The name and where only: the message could quote a patient's answers.
    console.error(`page error: ${error.name}${info.componentStack?.split('\n').slice(0, 3).join(' ') ?? ''}`);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="error-summary" role="alert">
        <h1 className="error-summary-title">Something went wrong on this page</h1>
        <p>
          Your answers have not been sent anywhere. You can go back to the form, or clear the answers stored in this
          browser tab and start again.
        </p>
        <p>
          <a className="button" href="/">
            Go to the referral form
          </a>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              clearAllAnswers();
              this.setState({ cleared: true });
            }}
          >
            Clear answers
          </button>
        </p>
        {this.state.cleared && <p role="status">All answers cleared from this browser tab.</p>}
      </div>
    );
  }
}
