import { describe, expect, it } from 'vitest';
import { parseCustomColumnsSpec, printCustomColumns } from '../../../src/kubectl/printers/custom-columns.ts';
import { executeGoTemplate } from '../../../src/kubectl/printers/go-template.ts';
import { executeJsonPath } from '../../../src/kubectl/printers/jsonpath.ts';
import { printName } from '../../../src/kubectl/printers/name.ts';
import { listOf } from '../../../src/kubectl/printers/yaml-json.ts';
import { frozenNow, golden } from './golden.ts';
import { samplePods } from './sample-cluster.ts';

const pods = samplePods(frozenNow('get-pods'));
const pod = (name: string) => pods.find((p) => p.metadata.name === name)!;
const list = listOf(pods);

function jsonpath(template: string, data: unknown): string {
  const result = executeJsonPath(template, data);
  if (!result.ok) throw new Error(result.error);
  return result.output;
}

describe('-o jsonpath reproduces real kubectl 1.33 output byte for byte', () => {
  it('get-pod-phase-jsonpath.txt', () => expect(jsonpath('{.status.phase}', pod('nginx'))).toBe(golden('get-pod-phase-jsonpath.txt')));
  it('get-pods-jsonpath-names.txt', () => expect(jsonpath('{.items[*].metadata.name}', list)).toBe(golden('get-pods-jsonpath-names.txt')));
  it('get-pods-jsonpath-range.txt', () =>
    expect(jsonpath('{range .items[*]}{.metadata.name}{"\\t"}{.status.phase}{"\\n"}{end}', list)).toBe(golden('get-pods-jsonpath-range.txt')));
  it('get-pod-jsonpath-missing-field.txt: a missing field prints nothing', () =>
    expect(jsonpath('{.status.nope}', pod('nginx'))).toBe(golden('get-pod-jsonpath-missing-field.txt')));
  it('get-pod-jsonpath-restartcount.txt', () =>
    expect(jsonpath('{.status.containerStatuses[0].lastState.terminated.reason}', pod('memory-demo-2'))).toBe(golden('get-pod-jsonpath-restartcount.txt')));
});

describe('kubectl JSONPath engine', () => {
  const data = {
    items: [
      { name: 'a', n: 1, tags: { app: 'web' }, list: ['x', 'y'] },
      { name: 'b', n: 2, list: [] },
    ],
    'dotted.key': 'v',
    nothing: null,
  };
  it.each([
    ['{.items[0].name}', 'a'],
    ['{.items[-1].name}', 'b'],
    ['{.items[*].n}', '1 2'],
    ['{.items[0:1].name}', 'a'],
    ['{.items[?(@.name=="b")].n}', '2'],
    ['{.items[?(@.n>1)].name}', 'b'],
    ['{.items[?(@.tags)].name}', 'a'],
    ['{.items[0].tags}', '{"app":"web"}'],
    ['{.items[0].list}', '["x","y"]'],
    ['{..name}', 'a b'],
    ['{.dotted\\.key}', 'v'],
    ["{['dotted.key']}", 'v'],
    ['name: {.items[0].name}\n', 'name: a\n'],
    ['{range .items[*]}[{.name}]{end}', '[a][b]'],
    ['{.items[*].missing}', ''],
    ['{.items[0].tags.app}{"\\n"}', 'web\n'],
  ])('%s prints %j', (template, want) => expect(jsonpath(template, data)).toBe(want));

  it('reports an index out of range as kubectl does', () => {
    expect(executeJsonPath('{.items[5].name}', data)).toEqual({ ok: false, error: 'array index out of bounds: index 5, length 2' });
  });

  it('reports unclosed actions', () => {
    expect(executeJsonPath('{.items', data)).toEqual({ ok: false, error: 'unclosed action' });
  });

  it('reports missing keys when they are not allowed', () => {
    expect(executeJsonPath('{.nope}', data, { allowMissingKeys: false })).toEqual({ ok: false, error: 'nope is not found' });
  });
});

describe('-o custom-columns reproduces real kubectl 1.33 output byte for byte', () => {
  function columns(spec: string) {
    const parsed = parseCustomColumnsSpec(spec);
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.columns;
  }

  it('get-pods-custom-columns.txt: several values join with commas, none print <none>', () => {
    const spec = 'NAME:.metadata.name,STATUS:.status.phase,NODE:.spec.nodeName,RESTARTS:.status.containerStatuses[*].restartCount,QOS:.status.qosClass';
    expect(printCustomColumns(columns(spec), pods)).toBe(golden('get-pods-custom-columns.txt'));
  });

  it('get-pods-custom-columns-missing.txt', () => {
    expect(printCustomColumns(columns('NAME:.metadata.name,IMAGE:.spec.containers[*].image,NOPE:.spec.nope'), pods)).toBe(golden('get-pods-custom-columns-missing.txt'));
  });

  it('accepts relaxed paths and rejects specs without a header', () => {
    expect(columns('N:metadata.name')[0].template).toBe('{.metadata.name}');
    expect(parseCustomColumnsSpec('metadata.name')).toEqual({ ok: false, error: 'unexpected custom-columns spec: metadata.name, expected <header>:<json-path-expr>' });
  });
});

describe('-o go-template reproduces real kubectl 1.33 output byte for byte', () => {
  function run(template: string, data: unknown): string {
    const result = executeGoTemplate(template, data);
    if (!result.ok) throw new Error(result.error);
    return result.output;
  }

  it('get-pods-go-template.txt', () => {
    expect(run('{{range .items}}{{.metadata.name}} {{.status.qosClass}}\n{{end}}', list)).toBe(golden('get-pods-go-template.txt'));
  });

  it.each([
    ['{{.metadata.name}}', 'nginx'],
    ['{{"\\n"}}', '\n'],
    ['{{index .metadata.labels "run"}}', 'nginx'],
    ['{{.metadata.nope}}', '<no value>'],
    ['{{if .spec.nodeName}}on {{.spec.nodeName}}{{else}}unscheduled{{end}}', 'on controlplane'],
    ['{{if eq .status.phase "Pending"}}P{{else if eq .status.phase "Running"}}R{{else}}?{{end}}', 'R'],
    ['{{range $i, $c := .spec.containers}}{{$i}}={{$c.name}} {{end}}', '0=nginx '],
    ['{{len .spec.containers}}', '1'],
    ['{{with .status}}{{.phase}}{{end}}', 'Running'],
    ['{{- " a " -}}\n  x', ' a x'],
    ['{{.metadata.labels}}', 'map[run:nginx]'],
    ['{{printf "%s/%s" .metadata.namespace .metadata.name}}', 'default/nginx'],
    ['{{.metadata.name | printf "%q"}}', '"nginx"'],
    ['{{"aGVsbG8=" | base64decode}}', 'hello'],
    ['{{/* a comment */}}ok', 'ok'],
  ])('%s prints %j', (template, want) => expect(run(template, pod('nginx'))).toBe(want));

  it('reports unknown functions as errors', () => {
    const result = executeGoTemplate('{{nope .x}}', {});
    expect(result.ok).toBe(false);
  });
});

describe('-o name reproduces real kubectl 1.33 output byte for byte', () => {
  it('get-pods-name.txt', () => expect(pods.map((p) => printName(p)).join('')).toBe(golden('get-pods-name.txt')));
  it('names grouped kinds with their group and appends an operation', () => {
    expect(printName({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' } }, 'created')).toBe('deployment.apps/web created\n');
  });
});
