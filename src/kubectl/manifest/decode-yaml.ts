// Splits a manifest into documents and converts each to JSON as kubectl does (YAML 1.1 scalars),
// reporting syntax errors with go-yaml's wording and line numbering: scanner errors name the
// line of the problem, parser errors the line before the unexpected token.
// Models k8s.io/apimachinery/pkg/util/yaml/decoder.go and sigs.k8s.io/yaml (goyaml.v2 errors).

import { parseAllDocuments, type Document, type YAMLError } from 'yaml';

export type DecodedDocuments = { ok: true; documents: unknown[] } | { ok: false; error: string };

export function decodeManifest(text: string): DecodedDocuments {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return decodeJson(text);
  const docs = parseAllDocuments(text, { version: '1.1', prettyErrors: true, uniqueKeys: false });
  const list = Array.isArray(docs) ? docs : [docs];
  const documents: unknown[] = [];
  for (const doc of list) {
    const problem = doc.errors[0];
    if (problem) return { ok: false, error: `error converting YAML to JSON: yaml: ${goYamlMessage(problem, text)}` };
    const value = toJS(doc);
    if (value instanceof Refused) return { ok: false, error: `error converting YAML to JSON: yaml: ${value.message}` };
    // Empty documents (comments only, a lone `---`) are skipped.
    if (value === null || value === undefined) continue;
    documents.push(value);
  }
  return { ok: true, documents };
}

class Refused {
  readonly message: string;
  constructor(message: string) {
    this.message = message;
  }
}

/**
 * go-yaml refuses a document whose aliases expand past a budget (a "billion laughs" paste) and a
 * merge key (`<<`) whose value is not a mapping; the yaml package throws for both.
 */
function toJS(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (e) {
    if (!(e instanceof Error)) throw e;
    if (e instanceof ReferenceError && /alias/i.test(e.message)) return new Refused('document contains excessive aliasing');
    if (/merge/i.test(e.message)) return new Refused('map merge requires map or sequence of maps as the value');
    throw e;
  }
}

function decodeJson(text: string): DecodedDocuments {
  try {
    const value = JSON.parse(text) as unknown;
    return { ok: true, documents: [value] };
  } catch (e) {
    return { ok: false, error: `error converting YAML to JSON: yaml: ${(e as Error).message}` };
  }
}

function goYamlMessage(e: YAMLError, text: string): string {
  const line = e.linePos?.[0].line ?? 1;
  const lines = text.split('\n');
  switch (e.code) {
    case 'TAB_AS_INDENT':
      return `line ${line}: found character that cannot start any token`;
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return `line ${line + 1}: mapping values are not allowed in this context`;
    case 'MISSING_CHAR':
      return `line ${lines.length - (text.endsWith('\n') ? 1 : 0)}: found unexpected end of stream`;
    case 'BAD_INDENT': {
      if (e.message.startsWith('Flow')) return `line ${line}: did not find expected ',' or ']'`;
      const previous = lines.slice(0, line - 1).reverse().find((l) => l.trim() !== '') ?? '';
      const column = (e.linePos?.[0].col ?? 1) - 1;
      if (previous.slice(column).startsWith('- ')) return `line ${line - 1}: did not find expected '-' indicator`;
      return `line ${line - 1}: did not find expected key`;
    }
    default:
      return `line ${Math.max(line - 1, 1)}: did not find expected key`;
  }
}
