import { queryOptions } from '@tanstack/react-query';
import type { Intake } from '../../shared/api/intake';
import type { Summary } from '../../shared/api/summary';
import { apiFetch } from './api-client';

export const createSummary = (intake: Intake) => apiFetch<Summary>('/summary', { method: 'POST', body: intake });

// The summary is a pure function of the intake, so a POST can back a query: the
// key is the intake itself and the answer never goes stale.
export const summaryQueryOptions = (intake: Intake) =>
  queryOptions({ queryKey: ['summary', intake], queryFn: () => createSummary(intake) });
