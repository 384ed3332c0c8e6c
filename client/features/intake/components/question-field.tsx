import { useFormContext, useWatch, type Path } from 'react-hook-form';
import type { ChoiceQuestion, ListQuestion, Question, TextQuestion } from '../../../../shared/questions/types';
import { ChoiceGroup } from '../../../components/ui/choice-group';
import { TextField } from '../../../components/ui/text-field';
import { formCode, NONE, type FormValues } from '../form-values';
import { NumberField, YearsAndMonthsField } from './number-fields';
import { legendOf, useQuestion, type Props } from './use-question';

// One question of the catalogue as a form field: radios, checkboxes with "None
// of these", a number (or years and months) with an optional "Not known" box, or text. Follow-ups
// arrive as children and show inside the question that reveals them.

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
      return question.inYearsAndMonths ? (
        <YearsAndMonthsField question={question} />
      ) : (
        <NumberField question={question} />
      );
    case 'text':
      return <TextQuestionField question={question} />;
  }
}
