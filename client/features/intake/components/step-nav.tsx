import { steps, type StepId } from '../steps';

type Props = { current: StepId | 'check'; onSelect: (step: StepId | 'check') => void };

/** The list of steps: the user may go to any of them at any time; answers are kept. */
export function StepNav({ current, onSelect }: Props) {
  const items = [...steps.map((step) => ({ id: step.id as StepId | 'check', title: step.title })), { id: 'check' as const, title: 'Check your answers' }];
  return (
    <nav className="step-nav" aria-label="Form steps">
      <ol>
        {items.map((item, index) => (
          <li key={item.id}>
            <a
              href={`#${item.id}`}
              aria-current={item.id === current ? 'step' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onSelect(item.id);
              }}
            >
              <span className="step-number" aria-hidden="true">
                {index + 1}
              </span>
              {item.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
