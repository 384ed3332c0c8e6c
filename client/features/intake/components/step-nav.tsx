import type { Screen } from '../screens';
import { screens } from '../screens';

type Props = { current: Screen; onSelect: (screen: Screen) => void };

/** The list of steps: the user may go to any of them at any time; answers are kept. */
export function StepNav({ current, onSelect }: Props) {
  return (
    <nav className="step-nav" aria-labelledby="step-nav-title">
      <h2 id="step-nav-title" className="step-nav-title">
        Form steps
      </h2>
      <ol>
        {screens.map((screen, index) => (
          <li key={screen.id}>
            <a
              href={`?step=${screen.id}`}
              aria-current={screen.id === current ? 'step' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onSelect(screen.id);
              }}
            >
              <span className="step-number" aria-hidden="true">
                {index + 1}
              </span>
              {screen.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
