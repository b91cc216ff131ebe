import { describe, expect, it } from 'vitest';
import { cityIdentityHref } from './session';

describe('sign-in with the city identity service', () => {
  it('starts at the platform and returns to the screen asked for', () => {
    expect(cityIdentityHref('dispatch-queue')).toBe('/api/auth/oidc/start?next=%2F%23%2Fdispatch-queue');
    expect(cityIdentityHref(null)).toBe('/api/auth/oidc/start?next=%2F');
  });
});
