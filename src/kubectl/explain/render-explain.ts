// kubectl explain's plaintext output: KIND/VERSION, the FIELD line for a path, DESCRIPTION
// wrapped at 76 columns, and FIELDS with descriptions or, with --recursive, the field tree.
// Models staging/src/k8s.io/kubectl/pkg/explain/v2/templates/plaintext.tmpl (output, fieldList,
// fieldDetail, extractEnum).

import { elementType, fieldDescription, fieldsOf, typeGuess, type Docs, type FieldInfo } from './explain-schema.ts';
import { indent, wrap } from './wrap.ts';

export type ExplainResult = { ok: true; text: string } | { ok: false; error: string };

export function renderExplain(kind: string, version: string, path: string[], recursive: boolean, docs: Docs): ExplainResult {
  let out = `KIND:       ${kind}\nVERSION:    ${version}\n\n`;
  let typeName: string | undefined = kind;
  let description = docs[kind]?.['.'] ? docs[kind]['.'] + '\n' : '';
  for (let i = 0; i < path.length; i++) {
    const field: FieldInfo | undefined = typeName ? fieldsOf(typeName, docs).find((f) => f.name === path[i]) : undefined;
    if (!field) return { ok: false, error: `error: field "${path[path.length - 1]}" does not exist` };
    if (i === path.length - 1) {
      out += `FIELD: ${field.name} <${typeGuess(field.type)}>\n`;
      if (field.enumValues) out += 'ENUM:' + field.enumValues.map((v) => `\n    ${v === '' ? '""' : v}`).join('');
      out += '\n\n';
    }
    description = fieldDescription(field, docs);
    typeName = elementType(field.type);
  }
  out += 'DESCRIPTION:\n' + indent(wrap(description || '<empty>', 76), 4) + '\n';
  if (typeName) {
    const list = fieldList(typeName, 1, recursive, docs, new Set([typeName]));
    if (list) out += 'FIELDS:\n' + list;
  }
  return { ok: true, text: out + '\n' };
}

function fieldList(typeName: string, level: number, recursive: boolean, docs: Docs, history: Set<string>): string {
  let out = '';
  const pad = level * 2;
  for (const f of fieldsOf(typeName, docs)) {
    out += indent(f.name, pad) + `\t<${typeGuess(f.type)}>`;
    if (f.required) out += ' -required-';
    if (f.enumValues) {
      const shown = f.enumValues.slice(0, 4).map((v) => (v === '' ? '""' : v)).join(', ');
      out += '\n' + ' '.repeat(pad) + 'enum: ' + shown + (f.enumValues.length > 4 ? ', ....' : '');
    }
    out += '\n';
    if (!recursive) {
      out += indent(wrap(f.description ?? '<no description>', 78 - pad), pad + 2) + '\n\n';
      continue;
    }
    const element = elementType(f.type);
    if (element && !history.has(element)) out += fieldList(element, level + 1, recursive, docs, new Set([...history, element]));
  }
  return out;
}
