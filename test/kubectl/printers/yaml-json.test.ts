import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { goYamlKeyCompare } from '../../../src/kubectl/printers/go-yaml.ts';
import { printJson, printYaml, printableObject } from '../../../src/kubectl/printers/yaml-json.ts';
import { golden } from './golden.ts';

// The objects behind each golden are read back from the golden itself: what is under test is
// the writing (order, quoting, styles, indentation), which must give the same bytes back.
describe('-o yaml reproduces real kubectl 1.33 output byte for byte', () => {
  for (const name of [
    'get-pod-nginx-yaml',
    'get-pod-nginx-yaml-managed-fields',
    'run-nginx-dry-run-yaml',
    'run-busybox-dry-run-yaml',
    'create-deployment-dry-run-yaml',
    'create-configmap-dry-run-yaml',
    'create-f-pod-dry-run-yaml',
    'create-f-pod-dry-run-yaml-novalidate',
    'expose-dry-run-yaml',
    'apply-f-pod-dry-run-yaml',
  ]) {
    it(`${name}.txt`, () => {
      const text = golden(`${name}.txt`);
      expect(printYaml(parse(text))).toBe(text);
    });
  }

  it('get-pods-yaml-list.txt: several pods in a v1 List', () => {
    const text = golden('get-pods-yaml-list.txt');
    const items = (parse(text) as { items: unknown[] }).items;
    expect(items).toHaveLength(2);
    expect(printYaml(printableObject(items))).toBe(text);
  });
});

describe('-o json reproduces real kubectl 1.33 output byte for byte', () => {
  it('get-pod-nginx-json.txt: server objects print with sorted keys', () => {
    const text = golden('get-pod-nginx-json.txt');
    const reordered = JSON.parse(text, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v));
    expect(printJson(reordered)).toBe(text);
  });

  it('run-nginx-dry-run-json-port-labels.txt: objects kubectl builds keep their field order', () => {
    const text = golden('run-nginx-dry-run-json-port-labels.txt');
    expect(printJson(JSON.parse(text), { keepOrder: true })).toBe(text);
  });

  it('escapes HTML characters as Go does', () => {
    expect(printJson({ m: 'a<b>&c' })).toBe('{\n    "m": "a\\u003cb\\u003e\\u0026c"\n}\n');
  });
});

describe('go-yaml scalar styles', () => {
  it.each([
    ['plain', 'nginx', 'v: nginx\n'],
    ['number-like', '3600', 'v: "3600"\n'],
    ['bool-like', 'True', 'v: "True"\n'],
    ['yes', 'yes', 'v: "yes"\n'],
    ['empty', '', 'v: ""\n'],
    ['timestamp', '2026-11-22T02:51:02Z', 'v: "2026-11-22T02:51:02Z"\n'],
    ['colon space', 'a: b', "v: 'a: b'\n"],
    ['leading dash', '- x', "v: '- x'\n"],
    ['star', '*', "v: '*'\n"],
    ['single quote inside', "it's: x", "v: 'it''s: x'\n"],
    ['tab', 'a\tb', 'v: "a\\tb"\n'],
    ['trailing newline', 'a\nb\n', 'v: |\n  a\n  b\n'],
    ['no trailing newline', 'a\nb', 'v: |-\n  a\n  b\n'],
    ['version', '1.0', 'v: "1.0"\n'],
    ['hex', '0x1F', 'v: "0x1F"\n'],
    ['path', '/dev/termination-log', 'v: /dev/termination-log\n'],
    ['image', 'nginx:1.27', 'v: nginx:1.27\n'],
    ['brackets', 'containers with unready status: [nginx]', "v: 'containers with unready status: [nginx]'\n"],
  ])('%s', (_what, value, want) => expect(printYaml({ v: value })).toBe(want));

  it('folds long strings at the first space past column 80, indented under the key', () => {
    const message = 'Back-off pulling image "nginx:1.999" ErrImagePull failed to pull and unpack image "docker.io/library/nginx:1.999"';
    expect(printYaml({ status: { message } })).toBe(
      'status:\n  message: Back-off pulling image "nginx:1.999" ErrImagePull failed to pull and unpack\n    image "docker.io/library/nginx:1.999"\n',
    );
    // `": "` makes the text single-quoted; the quote counts towards the column.
    expect(printYaml({ message: `x: ${'word '.repeat(16)}end` })).toBe(`message: 'x: ${'word '.repeat(13)}word\n  word word end'\n`);
  });

  it('orders keys the way go-yaml does: digits numerically, letters after punctuation', () => {
    expect(['b', 'a10', 'a9', '.', 'f:x'].sort(goYamlKeyCompare)).toEqual(['.', 'a9', 'a10', 'b', 'f:x']);
  });
});
