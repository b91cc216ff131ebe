// The sign-in page (security contract: POST /api/auth/sign-in sets the fleet_session cookie; 401 wrong password,
// 423 locked, both problem+json and shown as they come). With the city identity service configured (GET
// /api/auth/options), a link to sign in there instead: the platform sends the browser back signed in.
import { el } from '../../dom';
import { translator } from '../../i18n';
import { problemBox } from '../../shell/problem';
import type { Screen } from '../../shell/screen';
import { cityIdentityHref, signIn, signInOptions } from '../../shell/session';

export const screens: Screen[] = [{
  id: 'sign-in',
  title: { zh: '登录', en: 'Sign in' },
  roles: [],
  order: 0,
  hidden: true,
  public: true,
  render(ctx) {
    const t = translator(ctx.lang);
    const user = el('input', { id: 'username', name: 'username', autocomplete: 'username', required: true });
    const pass = el('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
    const submit = el('button', { type: 'submit', id: 'sign-in-submit' }, t('signIn'));
    const feedback = el('div', { class: 'feedback' });
    const form = el('form', { id: 'sign-in-form', class: 'card sign-in' },
      el('h2', {}, t('signIn')),
      el('label', {}, t('username'), user),
      el('label', {}, t('password'), pass),
      submit, feedback);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submit.disabled = true;
      feedback.replaceChildren();
      signIn(user.value.trim(), pass.value)
        .then((account) => ctx.signedIn(account, ctx.params.get('next') ?? undefined))
        .catch((err) => {
          feedback.replaceChildren(problemBox(err, ctx.lang));
          submit.disabled = false;
          pass.select();
        });
    });
    ctx.root.append(form);
    user.focus();
    void signInOptions().then((options) => {
      if (!options.oidc) return;
      form.append(el('a', { id: 'sign-in-city-identity', class: 'button secondary', href: cityIdentityHref(ctx.params.get('next')) },
        t('signInCityIdentity')));
    });
  },
}];
