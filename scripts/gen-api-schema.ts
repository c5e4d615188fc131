// Generates the compact core/v1 schema the simulated API server validates against
// (src/sim/apiserver/schema/core-v1.json) and the field descriptions `kubectl explain` reads
// (src/sim/apiserver/schema/core-v1-docs.json).
//
// The source is the npm package `kubernetes-models` (OpenAPI-derived typings and compiled JSON
// schema validators). It is not a project dependency; install it for one run:
//
//   npm install --no-save kubernetes-models
//   npx node scripts/gen-api-schema.ts
//
// Field names, required fields, enums and descriptions come from the typings; whether a number is
// an int32, int64 or float64 comes from probing the compiled validators.

import ts from 'typescript';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const ROOTS = ['Pod', 'Node', 'Event', 'Namespace', 'ConfigMap', 'Secret', 'ServiceAccount', 'Binding'];
const OUT_DIR = resolve(import.meta.dirname, '../src/sim/apiserver/schema');

// Types whose JSON form is a scalar (or free-form) rather than an object with fields.
const SPECIAL: Record<string, string> = {
  Quantity: 'Quantity',
  IntOrString: 'IntOrString',
  Time: 'Time',
  MicroTime: 'MicroTime',
  FieldsV1: 'FieldsV1',
  RawExtension: 'RawExtension',
};

interface TypeSchema {
  f: Record<string, string>;
  r?: string[];
  e?: Record<string, string[]>;
}

const require = createRequire(import.meta.url);
const modelsDir = dirname(require.resolve('kubernetes-models/package.json'));
const machineryDir = dirname(require.resolve('@kubernetes-models/apimachinery/package.json'));

const types: Record<string, TypeSchema> = {};
const docs: Record<string, Record<string, string>> = {};
const files: Record<string, string> = {};
const pending: string[] = [];

function shortName(ref: string): string {
  return ref.replace(/^IIoK8s(Api[A-Z][a-z]+V1|ApimachineryPkg(Apis[A-Z][a-z]+V1|Api[A-Z][a-z]+|Util[A-Z][a-z]+|Runtime))/, '');
}

function jsdoc(node: ts.Node): string {
  const tags = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
  const comment = tags?.[tags.length - 1]?.comment;
  return typeof comment === 'string' ? comment.trim() : '';
}

function encode(node: ts.TypeNode, enums: string[] | undefined, imports: Map<string, string>): string {
  if (node.kind === ts.SyntaxKind.StringKeyword) return 'string';
  if (node.kind === ts.SyntaxKind.BooleanKeyword) return 'bool';
  if (node.kind === ts.SyntaxKind.NumberKeyword) return 'number';
  if (ts.isLiteralTypeNode(node)) return 'string';
  if (ts.isUnionTypeNode(node)) {
    for (const t of node.types) if (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)) enums?.push(t.literal.text);
    return 'string';
  }
  if (ts.isTypeLiteralNode(node)) {
    const index = node.members.find(ts.isIndexSignatureDeclaration);
    if (index) return 'map[string]' + encode(index.type, undefined, imports);
    return 'object';
  }
  if (ts.isTypeReferenceNode(node)) {
    const name = node.typeName.getText();
    if (name === 'Array') return '[]' + encode(node.typeArguments![0], undefined, imports);
    const short = shortName(name);
    if (short in SPECIAL) return SPECIAL[short];
    const from = imports.get(name);
    if (from && !(short in files)) {
      files[short] = from;
      pending.push(short);
    }
    return short;
  }
  return 'object';
}

function readType(name: string): void {
  const path = files[name];
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const imports = new Map<string, string>();
  for (const st of source.statements) {
    if (!ts.isImportDeclaration(st) || !st.importClause?.namedBindings) continue;
    const spec = (st.moduleSpecifier as ts.StringLiteral).text;
    const base = spec.startsWith('.') ? join(dirname(path), spec) : join(machineryDir, spec.replace('@kubernetes-models/apimachinery/', ''));
    for (const el of (st.importClause.namedBindings as ts.NamedImports).elements) imports.set(el.name.text, base + '.d.ts');
  }
  const iface = source.statements.find(ts.isInterfaceDeclaration);
  if (!iface) return;
  const schema: TypeSchema = { f: {} };
  const doc: Record<string, string> = { '.': jsdoc(iface) };
  for (const member of iface.members) {
    if (!ts.isPropertySignature(member) || !member.type) continue;
    const field = (member.name as ts.StringLiteral).text ?? member.name.getText();
    const enums: string[] = [];
    schema.f[field] = encode(member.type, enums, imports);
    if (enums.length > 0 && !['apiVersion', 'kind'].includes(field)) (schema.e ??= {})[field] = enums.sort();
    if (!member.questionToken && !['apiVersion', 'kind', 'metadata'].includes(field)) (schema.r ??= []).push(field);
    const d = jsdoc(member);
    if (d) doc[field] = d;
  }
  types[name] = schema;
  docs[name] = doc;
}

/** Decides int32 / int64 / float64 for every `number` field by asking the compiled validators. */
async function resolveNumbers(): Promise<void> {
  for (const [name, schema] of Object.entries(types)) {
    const numeric = Object.entries(schema.f).filter(([, t]) => t.endsWith('number'));
    if (numeric.length === 0) continue;
    const inMachinery = files[name].startsWith(machineryDir);
    const base = inMachinery ? machineryDir : modelsDir;
    const prefix = inMachinery ? 'IoK8sApimachineryPkgApisMetaV1' : 'IoK8sApiCoreV1';
    const mod = await import(pathToFileURL(join(base, '_schemas', prefix + name + '.mjs')).href);
    const validate = mod.validate as ((d: unknown) => boolean) & { errors?: { instancePath: string; keyword: string; params: { format?: string } }[] };
    for (const [field, t] of numeric) {
      const wrap = (v: number) => (t.startsWith('[]') ? [v] : t.startsWith('map[string]') ? { k: v } : v);
      validate({ [field]: wrap(1.5) });
      const integer = (validate.errors ?? []).some((e) => e.instancePath.startsWith('/' + field) && e.keyword === 'type');
      validate({ [field]: wrap(2 ** 40) });
      const int32 = (validate.errors ?? []).some((e) => e.instancePath.startsWith('/' + field) && e.params.format === 'int32');
      schema.f[field] = t.replace('number', integer ? (int32 ? 'int32' : 'int64') : 'float64');
    }
  }
}

for (const root of ROOTS) {
  files[root] = join(modelsDir, 'v1', root + '.d.ts');
  pending.push(root);
}
while (pending.length > 0) readType(pending.shift()!);
await resolveNumbers();

const sorted = <T,>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
mkdirSync(OUT_DIR, { recursive: true });
const version = JSON.parse(readFileSync(join(modelsDir, 'package.json'), 'utf8')).version;
writeFileSync(join(OUT_DIR, 'core-v1.json'), JSON.stringify({ source: `kubernetes-models@${version}`, roots: ROOTS, types: sorted(types) }) + '\n');
writeFileSync(join(OUT_DIR, 'core-v1-docs.json'), JSON.stringify(sorted(docs)) + '\n');
console.log(`wrote ${Object.keys(types).length} types to ${OUT_DIR}`);
