import { describe, expect, it } from 'vitest';
import { initialLang, translator } from './i18n';

describe('i18n', () => {
  it('defaults to Chinese unless English was chosen', () => {
    expect(initialLang(null)).toBe('zh');
    expect(initialLang('fr')).toBe('zh');
    expect(initialLang('en')).toBe('en');
  });

  it('translates organisation kinds in both languages', () => {
    expect(translator('zh')('kind_DISTRICT_BUREAU')).toBe('区机关事务管理局');
    expect(translator('en')('kind_DISTRICT_BUREAU')).toBe('District bureau');
  });
});

describe('screen messages', () => {
  it('fall back to Chinese when English lacks a key', async () => {
    const { localized } = await import('./i18n');
    const t = localized({ zh: { a: '甲', b: '乙' }, en: { a: 'A' } });
    expect(t('en')('a')).toBe('A');
    expect(t('en')('b')).toBe('乙');
    expect(t('zh')('a')).toBe('甲');
  });
});
