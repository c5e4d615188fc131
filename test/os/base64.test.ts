import { describe, it, expect } from 'vitest';
import { decodeBase64, decodeBase64Text, encodeBase64, encodeBase64Text } from '../../src/os/base64.ts';
import { utf8Decode, utf8Encode } from '../../src/os/utf8.ts';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('base64 on bytes and on text', () => {
  it.each([
    ['', ''], ['f', 'Zg=='], ['fo', 'Zm8='], ['foo', 'Zm9v'], ['foob', 'Zm9vYg=='], ['fooba', 'Zm9vYmE='], ['foobar', 'Zm9vYmFy'],
  ])('encodes %j as RFC 4648 says (%s) and decodes it back', (plain, encoded) => {
    expect(encodeBase64(bytes(plain))).toBe(encoded);
    expect(decodeBase64(encoded)).toEqual(bytes(plain));
  });

  it('decodes as base64 -d does: line breaks skipped, garbage refused unless ignored', () => {
    expect(decodeBase64('Zm9v\nYmFy\n')).toEqual(bytes('foobar'));
    expect(decodeBase64('Zm9v*YmFy')).toBeUndefined();
    expect(decodeBase64('Zm9v*YmFy', true)).toEqual(bytes('foobar'));
  });

  it('carries text as UTF-8, the way Secret data reaches a Pod', () => {
    expect(encodeBase64Text('héllo ✓')).toBe('aMOpbGxvIOKckw==');
    expect(decodeBase64Text('aMOpbGxvIOKckw==')).toBe('héllo ✓');
    expect(decodeBase64Text(' aMOpbGxv\tIOKckw = = ')).toBe('héllo ✓');
  });

  it('hands back a Secret value that is not base64 as it was', () => {
    expect(decodeBase64Text('not base64!')).toBe('not base64!');
  });

  it('keeps bytes that are not UTF-8 as Latin-1 characters, so they survive a round trip', () => {
    const raw = Uint8Array.of(0xff, 0x00, 0x80, 0x41);
    expect(utf8Decode(raw)).toBe('\xff\x00\x80A');
    expect(utf8Decode(utf8Encode('😀 ok'))).toBe('😀 ok');
  });
});
