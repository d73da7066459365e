import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path.js';

describe('the page to return to after signing in', () => {
  it('accepts addresses on this site', () => {
    expect(safeReturnPath('/rapporter/7/redigera')).toBe('/rapporter/7/redigera');
    expect(safeReturnPath('/?omgang=2')).toBe('/?omgang=2');
  });

  it('refuses addresses elsewhere and loops back to the sign-in page', () => {
    for (const bad of [null, '', 'https://evil.example', '//evil.example/x', '/\\evil.example', '/\t/evil.example', '/x\\y', 'javascript:alert(1)', '/logga-in?till=/x']) {
      expect(safeReturnPath(bad)).toBe('/');
    }
  });
});
