// What the screens of part B need from the shell: the language, who is signed in (null while the platform runs
// without sign-in) and a way to show a refusal.
import type { Lang } from '../i18n';

export interface AccountLike {
  username: string;
  displayName: string;
  roles: string[];
  organisationId: number;
  organisationName: string;
}

export interface PartContext {
  root: HTMLElement;
  lang: Lang;
  account: AccountLike | null;
  params: URLSearchParams;
  /** Called when the screen is left. */
  onLeave(cleanup: () => void): void;
}

/** The name written into audit trails: the signed-in person, or the role's name while there is no sign-in. */
export function actorOf(ctx: PartContext, fallback: string): string {
  return ctx.account?.displayName || ctx.account?.username || fallback;
}

/** The organisation a screen starts on: the route's `org`, else the account's. */
export function preferredOrg(ctx: PartContext): number | undefined {
  return Number(ctx.params.get('org')) || ctx.account?.organisationId;
}
