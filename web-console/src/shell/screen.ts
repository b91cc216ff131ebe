// What a screen is. Each folder src/screens/<name>/ has a screen.ts exporting `screens: Screen[]`; the shell finds
// them by file name (no central list to edit), routes #/<id> to them and lists them in the navigation of their roles.
import type { Lang } from '../i18n';
import type { Account, Role } from './session';

export interface ScreenContext {
  root: HTMLElement;
  lang: Lang;
  /** The signed-in account, or null when the platform runs without sign-in. */
  account: Account | null;
  /** Query part of the hash route: #/dispatch-queue?request=12 */
  params: URLSearchParams;
  navigate(hash: string): void;
  /** The sign-in page reports success here; the shell then opens `next` or the first screen of the roles. */
  signedIn(account: Account, next?: string): void;
  /** Called when the screen is left (close streams, stop timers). */
  onLeave(cleanup: () => void): void;
}

export interface Screen {
  /** Route: #/<id>. Lower-case words and dashes. */
  id: string;
  title: Record<Lang, string>;
  /** Roles that see the screen in their navigation; empty: everyone signed in. */
  roles: Role[];
  /** Position in the navigation (smaller first). */
  order: number;
  /** Screens such as the sign-in page that are reachable but not listed. */
  hidden?: boolean;
  /** Shown without a session (the sign-in page). */
  public?: boolean;
  render(ctx: ScreenContext): void | Promise<void>;
}
