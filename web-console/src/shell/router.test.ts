import { describe, expect, it } from 'vitest';
import { allowed, hashOf, navigation, parseHash, resolve } from './router';
import type { Screen } from './screen';
import type { Session } from './session';

const screen = (id: string, roles: Screen['roles'], order: number, extra: Partial<Screen> = {}): Screen => ({
  id, roles, order, title: { zh: id, en: id }, render: () => undefined, ...extra,
});
const screens = [
  screen('sign-in', [], 0, { hidden: true, public: true }),
  screen('home', [], 0),
  screen('dispatch-queue', ['DISPATCHER'], 10),
  screen('admin-orgs', ['ADMINISTRATOR'], 50),
  screen('alarms', ['SUPERVISOR'], 30),
];
const account = (roles: Screen['roles']): Session => ({
  kind: 'signed-in',
  account: { id: 1, username: 'u', displayName: 'U', roles, organisationId: 1, organisationName: 'O' },
});

describe('hash routes', () => {
  it('reads the screen and its parameters', () => {
    const r = parseHash('#/dispatch-queue?request=12&x=a%20b');
    expect(r.id).toBe('dispatch-queue');
    expect(r.params.get('request')).toBe('12');
    expect(r.params.get('x')).toBe('a b');
    expect(parseHash('').id).toBe('');
    expect(parseHash('#/').id).toBe('');
  });

  it('writes routes the parser reads back', () => {
    const h = hashOf('admin-orgs', { org: 7 });
    expect(h).toBe('#/admin-orgs?org=7');
    expect(parseHash(h).params.get('org')).toBe('7');
  });
});

describe('navigation per role', () => {
  it('a dispatcher sees the common and the dispatcher screens, in order, never hidden ones', () => {
    expect(navigation(screens, account(['DISPATCHER'])).map((s) => s.id)).toEqual(['home', 'dispatch-queue']);
  });

  it('an account with two roles sees both', () => {
    expect(navigation(screens, account(['ADMINISTRATOR', 'SUPERVISOR'])).map((s) => s.id)).toEqual(['home', 'alarms', 'admin-orgs']);
  });

  it('without sign-in on the platform every listed screen is shown', () => {
    expect(navigation(screens, { kind: 'open' }).map((s) => s.id)).toEqual(['home', 'dispatch-queue', 'alarms', 'admin-orgs']);
  });

  it('signed out, only public screens may open', () => {
    expect(allowed(screens[0], { kind: 'signed-out' })).toBe(true);
    expect(allowed(screens[1], { kind: 'signed-out' })).toBe(false);
    expect(navigation(screens, { kind: 'signed-out' })).toEqual([]);
  });
});

describe('resolving a route', () => {
  it('signed out, any screen leads to the sign-in page remembering where the user was going', () => {
    const r = resolve(parseHash('#/dispatch-queue'), screens, { kind: 'signed-out' });
    expect(r.screen?.id).toBe('sign-in');
    expect(r.redirect).toBe('#/sign-in?next=dispatch-queue');
  });

  it('a screen of another role falls back to the first screen', () => {
    const r = resolve(parseHash('#/admin-orgs'), screens, account(['DISPATCHER']));
    expect(r.screen?.id).toBe('home');
    expect(r.redirect).toBe('#/home');
  });

  it('an allowed screen opens without redirect; an unknown one goes home', () => {
    expect(resolve(parseHash('#/dispatch-queue?request=3'), screens, account(['DISPATCHER']))).toEqual({ screen: screens[2] });
    expect(resolve(parseHash('#/nope'), screens, { kind: 'open' }).screen?.id).toBe('home');
  });

  it('signed in, the sign-in page is not shown again', () => {
    expect(resolve(parseHash('#/sign-in'), screens, account(['DISPATCHER'])).screen?.id).toBe('home');
  });
});
