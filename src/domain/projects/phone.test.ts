import { describe, expect, it } from 'vitest';
import { telHref } from './phone.ts';

describe('telHref', () => {
  it('dials the main number, then the extension', () => {
    expect(telHref('+(998-71) 120-80-50 Ext 101')).toBe('tel:+998711208050;ext=101');
    expect(telHref('+7 (727) 258-26-43, ext. 1020')).toBe('tel:+77272582643;ext=1020');
    expect(telHref('+996 312 61 12 13 доб. 12')).toBe('tel:+996312611213;ext=12');
    expect(telHref('(+992 37) 221 00 00 x 5')).toBe('tel:+992372210000;ext=5');
  });
  it('keeps a plain number whole and refuses what cannot be dialled', () => {
    expect(telHref('+(998-71) 120-80-50')).toBe('tel:+998711208050');
    expect(telHref('8 800 100 00 00')).toBe('tel:88001000000');
    expect(telHref('n/a')).toBeNull();
  });
});
