// Hash routes: #/<screen-id>?key=value. Pure functions so the rules are unit-tested.
import type { Screen } from './screen';
import type { Role, Session } from './session';

export interface Route {
  id: string;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q >= 0 ? raw.slice(0, q) : raw;
  const id = decodeURIComponent(path.split('/')[0] ?? '').toLowerCase();
  return { id, params: new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '') };
}

export function hashOf(id: string, params: Record<string, string | number> = {}): string {
  const q = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  return `#/${id}${q ? `?${q}` : ''}`;
}

export function rolesOf(session: Session): Role[] | 'all' {
  return session.kind === 'signed-in' ? session.account.roles : session.kind === 'open' ? 'all' : [];
}

/** May this session open the screen? Open mode: every screen; signed out: only public ones. */
export function allowed(screen: Screen, session: Session): boolean {
  if (screen.public) return true;
  const roles = rolesOf(session);
  if (roles === 'all') return true;
  if (session.kind !== 'signed-in') return false;
  return screen.roles.length === 0 || screen.roles.some((r) => roles.includes(r));
}

/** The navigation: listed screens the session may open, in order. */
export function navigation(screens: Screen[], session: Session): Screen[] {
  return screens.filter((s) => !s.hidden && allowed(s, session)).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/**
 * Which screen a route shows: the named one when allowed; signed out, the sign-in page (remembering where the user
 * was going); otherwise the first screen of the navigation.
 */
export function resolve(route: Route, screens: Screen[], session: Session, signInId = 'sign-in'): { screen: Screen | undefined; redirect?: string } {
  const byId = new Map(screens.map((s) => [s.id, s]));
  const wanted = byId.get(route.id);
  if (session.kind === 'signed-out' && !(wanted?.public)) {
    const next: Record<string, string> = route.id && route.id !== signInId ? { next: route.id } : {};
    return { screen: byId.get(signInId), redirect: hashOf(signInId, next) };
  }
  if (wanted && allowed(wanted, session) && !(wanted.id === signInId && session.kind !== 'signed-out')) return { screen: wanted };
  const first = navigation(screens, session)[0];
  return { screen: first, redirect: first ? hashOf(first.id) : undefined };
}
