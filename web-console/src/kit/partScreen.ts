// A part-B screen inside the shell: its own class for the styles, mounted into the shell's root.
import type { ScreenContext } from '../shell/screen';
import './partb.css';
import type { PartContext } from './context';
import { el } from './dom';

export function partScreen(mount: (ctx: PartContext, c: HTMLElement) => Promise<void>, cls: string) {
  return async (ctx: ScreenContext) => {
    const body = el('div', { class: `part-b ${cls}` });
    ctx.root.replaceChildren(body);
    await mount(ctx, body);
  };
}
