import { ashworthLabels, distributionLabels, impactLabels, pennLabels } from '../../../../shared/api/labels';
import { ashworthScores, distributions, impacts } from '../../../../shared/api/options';
import { ChoiceGroup } from '../../../components/ui/choice-group';
import { useField, useListWithNone } from './use-field';

/** "3: considerable increase ..." -> label "3", hint "Considerable increase ..." */
const scoreChoice = (value: string, text: string) => {
  const [score, ...rest] = text.split(': ');
  const hint = rest.join(': ');
  return hint ? { value, label: score, hint: hint.charAt(0).toUpperCase() + hint.slice(1) } : { value, label: text };
};

const distributionChoices = distributions.map((value) => ({ value, label: distributionLabels[value] }));
const ashworthChoices = ashworthScores.map((value) => scoreChoice(value, ashworthLabels[value]));
const pennChoices = [
  ...([0, 1, 2, 3, 4] as const).map((score) => scoreChoice(String(score), pennLabels[score])),
  { value: 'not_assessed', label: 'Not assessed' },
];
const impactChoices = impacts.map((value) => ({ value, label: impactLabels[value] }));

export function SpasticityStep() {
  const distribution = useField('spasticity.distribution');
  const ashworth = useField('spasticity.modifiedAshworth');
  const penn = useField('spasticity.pennSpasmFrequency');
  const impactList = useListWithNone('spasticity.impacts', 'spasticity.impactsNone');

  return (
    <>
      <ChoiceGroup {...distribution} type="radio" legend="Where is the spasticity?" choices={distributionChoices} />
      <ChoiceGroup
        {...ashworth}
        type="radio"
        legend="Modified Ashworth score"
        hint="The highest score in the affected muscle groups."
        choices={ashworthChoices}
      />
      <ChoiceGroup
        {...penn}
        type="radio"
        legend="Penn spasm frequency score"
        hint="How often spasms happen."
        choices={pennChoices}
      />
      <ChoiceGroup
        {...impactList}
        type="checkbox"
        legend="What does the spasticity get in the way of?"
        hint="Select all that apply."
        choices={impactChoices}
      />
    </>
  );
}
