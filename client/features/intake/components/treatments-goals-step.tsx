import { goalLabels, otherTreatmentLabels } from '../../../../shared/api/labels';
import { goals, otherTreatments } from '../../../../shared/api/options';
import { ChoiceGroup } from '../../../components/ui/choice-group';
import { useListWithNone } from './use-field';

const treatmentChoices = otherTreatments.map((value) => ({ value, label: otherTreatmentLabels[value] }));
const goalChoices = goals.map((value) => ({ value, label: goalLabels[value] }));

export function TreatmentsGoalsStep() {
  const treatments = useListWithNone('otherTreatments', 'otherTreatmentsNone');
  const goalList = useListWithNone('goals', 'goalsNone');
  return (
    <>
      <ChoiceGroup
        {...treatments}
        type="checkbox"
        legend="Other treatments tried for spasticity"
        hint="Select all that apply."
        choices={treatmentChoices}
      />
      <ChoiceGroup
        {...goalList}
        type="checkbox"
        legend="What would the patient most like to change?"
        hint="Select all that apply. Goals are agreed before any test dose."
        choices={goalChoices}
      />
    </>
  );
}
