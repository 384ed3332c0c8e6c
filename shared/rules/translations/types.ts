import type { IntakePath } from '../../api/paths';
import type { Translation } from '../../text/translation';

/** A rule's patient texts in another language: its own, and its additions' in the same order (null: none). */
export type RuleTranslation = {
  readonly patientText: Translation;
  readonly additions?: readonly (Translation | null)[];
};

/** The rule set's patient texts in one language, by rule id, and the patient's words for {fields}. */
export type RuleSetTranslation = {
  readonly rules: Readonly<Record<string, RuleTranslation>>;
  readonly patientWords: Partial<Record<IntakePath, Translation>>;
};
