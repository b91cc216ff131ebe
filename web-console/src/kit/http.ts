// Fetch helpers for the screens of part B: JSON in and out, problem+json turned into an error that names the fields,
// so a refused step shows the platform's own reason.

export interface ProblemDoc {
  title?: string;
  status: number;
  detail?: string;
  violations?: { field: string; message: string }[];
}

export class HttpError extends Error {
  constructor(readonly status: number, readonly problem: ProblemDoc) {
    super(describe(problem));
  }
}

/** "title: detail (field: message; …)", whatever parts the problem has. */
export function describe(p: ProblemDoc): string {
  const head = [p.title, p.detail].filter(Boolean).join(': ') || `HTTP ${p.status}`;
  const fields = (p.violations ?? []).map((v) => `${v.field}: ${v.message}`).join('; ');
  return fields ? `${head} (${fields})` : head;
}

async function handle<T>(response: Response): Promise<T> {
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) {
    const p = (body && typeof body === 'object' ? body : { title: response.statusText }) as ProblemDoc;
    throw new HttpError(response.status, { ...p, status: response.status });
  }
  return body as T;
}

/** Query string of the defined, non-empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export async function getJson<T>(path: string): Promise<T> {
  return handle<T>(await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }));
}

export async function sendJson<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  return handle<T>(await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? { Accept: 'application/json' } : { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  }));
}

export async function getText(path: string): Promise<string> {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) return handle<string>(response);
  return response.text();
}
