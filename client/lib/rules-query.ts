import { queryOptions } from '@tanstack/react-query';
import type { RulesResponse } from '../../shared/api/rules';
import { apiFetch } from './api-client';

export const rulesQueryOptions = () =>
  queryOptions({ queryKey: ['rules'], queryFn: () => apiFetch<RulesResponse>('/rules') });
