import { queryOptions } from '@tanstack/react-query';
import type { Intake } from '../../shared/api/intake';
import type { Summary } from '../../shared/api/summary';
import type { Language } from '../../shared/text/languages';
import { apiFetch } from './api-client';

/** The summary, its patient texts in `language` (the clinician texts are always English). */
export const createSummary = (intake: Intake, language: Language = 'en') =>
  apiFetch<Summary>(language === 'en' ? '/summary' : `/summary?lang=${language}`, { method: 'POST', body: intake });

// The summary is a pure function of the intake, so a POST can back a query: the
// key is the intake itself and the answer never goes stale.
export const summaryQueryOptions = (intake: Intake, language: Language = 'en') =>
  queryOptions({ queryKey: ['summary', intake, language], queryFn: () => createSummary(intake, language) });
