import type { ChangeEvent, ReactNode } from 'react';
import { useController, useFormContext, useWatch, type Path } from 'react-hook-form';
import type {
  ChoiceQuestion,
  ListQuestion,
  NumberQuestion,
  Question,
  TextQuestion,
} from '../../../../shared/questions/types';
import { ChoiceGroup } from '../../../components/ui/choice-group';
import { TextField } from '../../../components/ui/text-field';
import { errorMessageAt, fieldId } from '../field-of-issue';
import { formCode, NONE, NOT_KNOWN, type FormValues } from '../form-values';

// One question of the catalogue as a form field: radios, checkboxes with "None
// of these", a number with an optional "Not known" box, or text. Follow-ups
// arrive as children and show inside the question that reveals them.

type Props<Q extends Question> = { question: Q; children?: ReactNode };

const legendOf = (question: Question) => (question.optional ? `${question.question} (optional)` : question.question);

function useQuestion(question: Question) {
  const { register, formState } = useFormContext<FormValues>();
  const path = question.path as Path<FormValues>;
  return { id: fieldId(path), path, error: errorMessageAt(formState.errors, path), register };
}

/** The answers of a closed question as radios or boxes: the form's code, the words, a hint. */
const choicesOf = (question: ChoiceQuestion | ListQuestion) =>
  question.options.map((option) => ({ value: formCode(option.value), label: option.label, hint: option.hint }));

function ChoiceField({ question, children }: Props<ChoiceQuestion>) {
  const { id, path, error, register } = useQuestion(question);
  const choices = choicesOf(question);
  return (
    <ChoiceGroup
      id={id}
      type="radio"
      legend={legendOf(question)}
      hint={question.hint}
      error={error}
      choices={choices}
      registration={register(path)}
      layout={question.layout}
    >
      {children}
    </ChoiceGroup>
  );
}

function ListField({ question }: Props<ListQuestion>) {
  const { id, path, error, register } = useQuestion(question);
  const { setValue, getValues } = useFormContext<FormValues>();
  // "None of these" excludes every other answer, and any other answer clears it.
  const registration = register(path, {
    onChange: (event: { target: { value: string; checked: boolean } }) => {
      if (!event.target.checked) return;
      const current = getValues(path) as string[];
      const next = event.target.value === NONE ? [NONE] : current.filter((value) => value !== NONE);
      if (next.length !== current.length) setValue(path, next, { shouldDirty: true });
    },
  });
  const choices = choicesOf(question);
  return (
    <ChoiceGroup
      id={id}
      type="checkbox"
      legend={legendOf(question)}
      hint={question.hint}
      error={error}
      choices={choices}
      registration={registration}
      none={{ value: NONE }}
      layout={choices.length > 6 ? 'columns' : undefined}
    />
  );
}

function NumberField({ question }: Props<NumberQuestion>) {
  const { id, path, error } = useQuestion(question);
  const { field } = useController<FormValues>({ name: path });
  const value = field.value as string;
  const notKnown = value === NOT_KNOWN;
  return (
    <TextField
      id={id}
      label={legendOf(question)}
      hint={question.hint}
      error={error}
      registration={{
        name: field.name,
        value: notKnown ? '' : value,
        onChange: (event: ChangeEvent<HTMLInputElement>) => field.onChange(event.target.value),
        onBlur: field.onBlur,
      }}
      inputMode={question.integer ? 'numeric' : 'decimal'}
      className="input-width-3"
      suffix={question.unit}
      disabled={notKnown}
    >
      {question.notKnown && (
        <div className="checkbox checkbox-small">
          <input
            id={`${id}-not-known`}
            type="checkbox"
            checked={notKnown}
            onChange={(event) => field.onChange(event.target.checked ? NOT_KNOWN : '')}
          />
          <label htmlFor={`${id}-not-known`}>{question.notKnown}</label>
        </div>
      )}
    </TextField>
  );
}

function CharacterCount({ id, path, max }: { id: string; path: Path<FormValues>; max: number }) {
  const text = (useWatch<FormValues>({ name: path }) as string | undefined) ?? '';
  const left = max - text.length;
  const words =
    left >= 0
      ? `You have ${left.toLocaleString('en-GB')} characters remaining`
      : `You have ${(-left).toLocaleString('en-GB')} characters too many`;
  return (
    <p
      id={`${id}-count`}
      className={left >= 0 ? 'hint character-count' : 'error-message character-count'}
      aria-live="polite"
    >
      {words}
    </p>
  );
}

function TextQuestionField({ question }: Props<TextQuestion>) {
  const { id, path, error, register } = useQuestion(question);
  return (
    <TextField
      id={id}
      label={legendOf(question)}
      hint={question.hint}
      error={error}
      registration={register(path)}
      multiline={question.multiline}
      describedByExtra={question.multiline ? `${id}-count` : undefined}
    >
      {question.multiline && <CharacterCount id={id} path={path} max={question.maxLength} />}
    </TextField>
  );
}

export function QuestionField({ question, children }: Props<Question>) {
  switch (question.kind) {
    case 'choice':
      return <ChoiceField question={question}>{children}</ChoiceField>;
    case 'list':
      return <ListField question={question} />;
    case 'number':
      return <NumberField question={question} />;
    case 'text':
      return <TextQuestionField question={question} />;
  }
}
