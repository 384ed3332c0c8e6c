import type { RuleSetIdentity } from '../shared/api/summary';

// Placeholder until the rule set lands (issue 4): the identity of an empty rule set.
export const ruleSetIdentity: RuleSetIdentity = {
  id: 'itb-referral',
  version: '0.0.0',
  hash: 'sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
  reviewed: '2026-11-24',
};
