// Who is signed in. The platform answers /api/auth/me with the account, 401 without a session, and (before the
// security work is deployed) 404: then the console runs open, every screen shown, as the API itself is open.
import { ApiError, request } from '../api';
import { hashOf } from './router';

export const ROLES = ['ADMINISTRATOR', 'DISPATCHER', 'SUPERVISOR', 'COMPLAINT_HANDLER', 'REQUESTER', 'APPROVER', 'DRIVER'] as const;
export type Role = (typeof ROLES)[number];

export interface Account {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  organisationId: number;
  organisationName: string;
}

export type Session =
  | { kind: 'signed-in'; account: Account }
  | { kind: 'signed-out' }
  | { kind: 'open' }; // the platform has no sign-in (yet)

export async function loadSession(): Promise<Session> {
  try {
    const account = await request<Account>('GET', '/api/auth/me', undefined, { quiet401: true });
    return { kind: 'signed-in', account };
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return { kind: 'open' };
    if (e instanceof ApiError && e.status === 401) return { kind: 'signed-out' };
    throw e;
  }
}

export async function signIn(username: string, password: string): Promise<Account> {
  const answer = await request<{ token: string; expiresAt: string; account: Account }>(
    'POST', '/api/auth/sign-in', { username, password }, { quiet401: true });
  return answer.account;
}

export async function signOut(): Promise<void> {
  await request<void>('POST', '/api/auth/sign-out', {}, { quiet401: true });
}

/** How this platform lets people sign in (public); the city identity service only when it is configured. */
export interface SignInOptions {
  password: boolean;
  oidc: boolean;
}

export async function signInOptions(): Promise<SignInOptions> {
  try {
    return await request<SignInOptions>('GET', '/api/auth/options', undefined, { quiet401: true });
  } catch {
    return { password: true, oidc: false }; // an older platform, or not reachable: the password form alone
  }
}

/**
 * Where the browser goes to sign in with the city identity service; the platform returns it to `next` (a screen
 * id) once signed in.
 */
export function cityIdentityHref(next?: string | null): string {
  const back = next ? `/${hashOf(next)}` : '/';
  return `/api/auth/oidc/start?next=${encodeURIComponent(back)}`;
}
