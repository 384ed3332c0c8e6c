import { Fragment } from 'react';
import { useWatch } from 'react-hook-form';
import { isAsked, questionsOfStep } from '../../../../shared/questions/lookup';
import type { Question, StepId } from '../../../../shared/questions/types';
import { leavesOf } from '../../../../shared/api/paths';
import type { FormValues } from '../form-values';
import { QuestionField } from './question-field';

const introductions: Partial<Record<StepId, string>> = {
  considerations: 'Answer “Not sure” when you do not know: the summary lists those answers as things to find out.',
};

/** The question a follow-up hangs under when both are on the same step (condition -> GMFCS level). */
const parentOf = (question: Question, onStep: readonly Question[]) => {
  const read = question.askedWhen ? leavesOf(question.askedWhen)[0]?.path : undefined;
  return onStep.find((candidate) => candidate.path === read);
};

/** The questions of one step, in catalogue order, with follow-ups shown inside the answer that reveals them. */
export function StepQuestions({ step }: { step: StepId }) {
  const values = useWatch<FormValues>() as FormValues;
  const onStep = questionsOfStep(step);
  const topLevel = onStep.filter((question) => !parentOf(question, onStep));
  const render = (question: Question) => {
    const followUps = onStep.filter(
      (candidate) => parentOf(candidate, onStep) === question && isAsked(candidate, values),
    );
    return (
      <QuestionField key={question.path} question={question}>
        {followUps.length > 0 && <div className="conditional">{followUps.map(render)}</div>}
      </QuestionField>
    );
  };
  return (
    <>
      {introductions[step] && <p>{introductions[step]}</p>}
      {topLevel
        .filter((question) => isAsked(question, values))
        .map((question, index, shown) => (
          <Fragment key={question.path}>
            {question.group && question.group !== shown[index - 1]?.group && (
              <h3 className="question-group">{question.group}</h3>
            )}
            {render(question)}
          </Fragment>
        ))}
    </>
  );
}
