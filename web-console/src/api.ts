import type { Organisation } from './orgTree';

/** An RFC 9457 problem as the platform returns it for every rejected request. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  violations?: { field: string; message: string }[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(body ?? { title: response.statusText, status: response.status });
  }
  return body as T;
}

export interface HealthReport {
  status: 'UP' | 'DOWN';
  checks: { name: string; status: 'UP' | 'DOWN' }[];
}

/** /q/health answers 503 with the same body when something is down; both are a report. */
export async function fetchHealth(): Promise<HealthReport> {
  const response = await fetch('/q/health', { headers: { Accept: 'application/json' } });
  return (await response.json()) as HealthReport;
}

export const fetchOrganisations = () => getJson<Organisation[]>('/api/organisations');
