import { describe, expect, it } from 'vitest';
import { IdPrefix, isPrefixedId } from './prefixed-id.js';

describe('prefixed ids', () => {
  it('accepts an id of its kind', () => {
    expect(isPrefixedId('need', 'need_8fK2pQ7xLm')).toBe(true);
    expect(isPrefixedId('don', 'don_a1B2c3D4')).toBe(true);
  });

  it.each([
    ['don', 'need_8fK2pQ7xLm', 'another kind'],
    ['need', 'need_', 'no body'],
    ['need', 'need_short', 'a body under 8 characters'],
    ['need', 'need_8fK2pQ7x-m', 'a hyphen'],
    ['need', 'need_8fK2pQ7xLm\n', 'a trailing newline'],
    ['need', `need_${'a'.repeat(33)}`, 'a body over 32 characters'],
    ['fund', 'FUND_8fK2pQ7xLm', 'an upper-case prefix'],
  ] as const)('refuses %s id %j (%s)', (prefix, id, _why) => {
    expect(isPrefixedId(prefix, id)).toBe(false);
  });

  it('has one distinct prefix per kind', () => {
    const prefixes = Object.values(IdPrefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});
