// Every src/screens/<name>/screen.ts is found here by name, so adding a screen never edits a shared file.
import type { Screen } from '../shell/screen';

const modules = import.meta.glob<{ screens: Screen[] }>('./*/screen.ts', { eager: true });

export const allScreens: Screen[] = Object.values(modules).flatMap((m) => m.screens ?? []);
