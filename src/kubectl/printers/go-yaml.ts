// Block YAML exactly as sigs.k8s.io/yaml (go-yaml v2) writes a JSON object: keys in go-yaml's
// natural order, sequences in a mapping not indented, `{}`/`[]` for empty collections, null,
// true/false, numbers plain, strings by writeString's rules.
// Models gopkg.in/yaml.v2 encode.go and sorter.go (keyList.Less).

import { writeString } from './go-yaml-scalar.ts';

const isLetter = (c: string) => /\p{L}/u.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';

/** go-yaml v2's key order: letters before other runes, digit runs compared as numbers. */
export function goYamlKeyCompare(a: string, b: string): number {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i] < br[i] ? -1 : 1;
    if (al || bl) return bl ? -1 : 1;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') {
          an = bn = 1;
          break;
        }
      }
    }
    let ai = i;
    let bi = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + Number(ar[ai]);
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn ? -1 : 1;
    if (ai !== bi) return ai < bi ? -1 : 1;
    return ar[i] < br[i] ? -1 : 1;
  }
  return ar.length - br.length;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The YAML document for a JSON-shaped value, ending in a newline. */
export function toGoYaml(value: unknown): string {
  const v = normalize(value);
  if (isCollection(v) && !isEmpty(v)) return block(v, 0);
  return scalar(v, 0, 0, false) + '\n';
}

function normalize(value: unknown): Json {
  // Through JSON first, as sigs.k8s.io/yaml marshals to JSON before converting.
  return JSON.parse(JSON.stringify(value ?? null)) as Json;
}

const isCollection = (v: Json): v is Json[] | { [key: string]: Json } => typeof v === 'object' && v !== null;
const isEmpty = (v: Json[] | { [key: string]: Json }) => (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0);

/** A non-empty collection starting at `indent` on a fresh line. */
function block(v: Json[] | { [key: string]: Json }, indent: number): string {
  const pad = ' '.repeat(indent);
  let out = '';
  if (Array.isArray(v)) {
    for (const item of v) out += pad + '- ' + afterDash(item, indent + 2);
    return out;
  }
  for (const key of Object.keys(v).sort(goYamlKeyCompare)) out += pad + entry(key, v[key], indent, indent);
  return out;
}

/** A sequence item after its `- `: a mapping continues on the dash line. */
function afterDash(item: Json, indent: number): string {
  if (isCollection(item) && !isEmpty(item)) {
    if (Array.isArray(item)) {
      let out = '';
      item.forEach((inner, i) => (out += (i === 0 ? '' : ' '.repeat(indent)) + '- ' + afterDash(inner, indent + 2)));
      return out;
    }
    const keys = Object.keys(item).sort(goYamlKeyCompare);
    return keys.map((key, i) => (i === 0 ? '' : ' '.repeat(indent)) + entry(key, item[key], indent, indent)).join('');
  }
  return scalar(item, indent, indent, false) + '\n';
}

/** `key: value` for a mapping whose keys sit at `indent`; `column` is where the key starts. */
function entry(key: string, value: Json, indent: number, column: number): string {
  const k = writeString(key, { column, indent: indent + 2, isKey: true });
  const valueColumn = column + [...k].length + 2;
  if (isCollection(value) && !isEmpty(value)) {
    // go-yaml writes sequences inside a mapping at the key's own indentation.
    return `${k}:\n` + block(value, Array.isArray(value) ? indent : indent + 2);
  }
  return `${k}: ${scalar(value, valueColumn, indent + 2, false)}\n`;
}

function scalar(v: Json, column: number, indent: number, isKey: boolean): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'string') return writeString(v, { column, indent, isKey });
  return Array.isArray(v) ? '[]' : '{}';
}

/** Go's strconv.FormatFloat(f, 'g', -1, 64) for non-integers, plain digits for integers. */
function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const exp = n.toExponential();
  const [mantissa, e] = exp.split('e');
  const power = Number(e);
  if (power < -4 || power >= 6) return `${mantissa}e${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
  return String(n);
}
