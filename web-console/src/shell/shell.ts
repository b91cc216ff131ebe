// The frame around every screen: title, the navigation of the signed-in roles, the language switch, who is signed
// in, and the screen of the current hash route.
import { UNAUTHORIZED_EVENT } from '../api';
import { el } from '../dom';
import { loadLang, saveLang, translator, type Lang, type MessageKey } from '../i18n';
import { problemBox } from './problem';
import { hashOf, navigation, parseHash, resolve } from './router';
import type { Screen } from './screen';
import { loadSession, signOut, type Account, type Session } from './session';

export interface Shell {
  session: Session;
  lang: Lang;
  setSession(session: Session, nextHash?: string): void;
  render(): void;
}

export function startShell(app: HTMLElement, screens: Screen[]): Shell {
  let cleanups: (() => void)[] = [];
  let renderCount = 0;
  const shell: Shell = {
    session: { kind: 'open' },
    lang: loadLang(),
    setSession(session, nextHash) {
      shell.session = session;
      if (nextHash !== undefined && location.hash !== nextHash) location.hash = nextHash; // hashchange renders
      else shell.render();
    },
    render,
  };

  function leave() {
    for (const c of cleanups) {
      try {
        c();
      } catch (e) {
        console.error('screen cleanup failed', e);
      }
    }
    cleanups = [];
  }

  function render() {
    leave();
    const lang = shell.lang;
    const t = translator(lang);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    const route = parseHash(location.hash);
    const { screen, redirect } = resolve(route, screens, shell.session);
    if (redirect && redirect !== location.hash) {
      history.replaceState(null, '', redirect);
    }
    const params = redirect ? parseHash(redirect).params : route.params;
    document.title = `${screen ? screen.title[lang] + ' — ' : ''}${t('title')}`;

    const header = el('header', {}, el('h1', {}, t('title')));
    const tools = el('div', { class: 'tools' });
    const session = shell.session;
    if (session.kind === 'signed-in') {
      const a = session.account;
      tools.append(el('span', { id: 'account', 'data-username': a.username },
        `${a.displayName} · ${a.organisationName} · ${a.roles.map((r) => t(`role_${r}` as MessageKey)).join('、')}`));
      const out = el('button', { id: 'sign-out', type: 'button' }, t('signOut'));
      out.addEventListener('click', () => {
        signOut().catch(() => undefined).finally(() => shell.setSession({ kind: 'signed-out' }, hashOf('sign-in')));
      });
      tools.append(out);
    } else if (session.kind === 'open') {
      tools.append(el('span', { id: 'open-mode', class: 'muted' }, t('openMode')));
    }
    const langButton = el('button', { id: 'lang-switch', type: 'button' }, t('switchLang'));
    langButton.addEventListener('click', () => {
      shell.lang = shell.lang === 'zh' ? 'en' : 'zh';
      saveLang(shell.lang);
      render();
    });
    tools.append(langButton);
    header.append(tools);

    const nav = el('nav', { id: 'nav', 'aria-label': t('nav') });
    for (const s of navigation(screens, session)) {
      nav.append(el('a', { href: hashOf(s.id), 'data-screen': s.id, class: s === screen ? 'active' : undefined }, s.title[lang]));
    }
    const main = el('main', { id: 'screen', 'data-screen': screen?.id ?? '' });
    app.replaceChildren(header, ...(nav.childElementCount ? [nav] : []), main);
    if (!screen) {
      main.append(el('p', {}, t('notFound')));
      return;
    }
    const mine = ++renderCount;
    const ctx = {
      root: main,
      lang,
      account: session.kind === 'signed-in' ? session.account : null,
      params,
      signedIn: (account: Account, next?: string) => {
        shell.setSession({ kind: 'signed-in', account }, next ? hashOf(next) : '#/');
      },
      navigate: (hash: string) => {
        location.hash = hash;
      },
      onLeave: (cleanup: () => void) => {
        if (mine === renderCount) cleanups.push(cleanup);
        else cleanup(); // the screen was already left while it was loading
      },
    };
    Promise.resolve()
      .then(() => screen.render(ctx))
      .catch((e) => {
        if (mine === renderCount) main.append(problemBox(e, lang));
      });
  }

  window.addEventListener('hashchange', render);
  window.addEventListener(UNAUTHORIZED_EVENT, () => {
    if (shell.session.kind === 'signed-in') {
      const here = parseHash(location.hash).id;
      shell.setSession({ kind: 'signed-out' }, hashOf('sign-in', here && here !== 'sign-in' ? { next: here } : {}));
    }
  });

  loadSession()
    .then((s) => {
      shell.session = s;
    })
    .catch((e) => {
      console.error('session check failed', e);
      shell.session = { kind: 'open' };
    })
    .finally(render);
  return shell;
}
