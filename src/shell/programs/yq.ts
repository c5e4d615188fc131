// yq (mikefarah's v4, as exam machines have it): reads YAML, runs a jq-like path expression
// (`.spec.containers[0].image`, `.metadata.name`), prints YAML; `-o json` prints JSON. Scalars
// print bare, as yq does.

import { parseAllDocuments, stringify } from 'yaml';
import { errText, readInput } from './lib/io.ts';
import { evaluate, JqError } from './jq-eval.ts';
import { parseJq } from './jq-parser.ts';
import { jqFormat } from './jq.ts';
import type { Tool } from './lib/tool.ts';

export const yq: Tool = async (ctx) => {
  let args = ctx.argv.slice(1);
  if (args[0] === 'eval' || args[0] === 'e') args = args.slice(1);
  let output = 'yaml';
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-o' || a === '--output-format') output = args[++i] ?? 'yaml';
    else if (a.startsWith('-o=')) output = a.slice(3);
    else if (a === '-r' || a === '-e' || a === '-P') continue;
    else operands.push(a);
  }
  const expression = operands[0] ?? '.';
  const files = operands.slice(1);
  let filter;
  try {
    filter = parseJq(expression);
  } catch (e) {
    ctx.stderr.write(`Error: ${errText(e)}\n`);
    return 1;
  }
  const docs: unknown[] = [];
  for (const name of files.length > 0 ? files : ['-']) {
    let text: string;
    try {
      text = await readInput(ctx, name);
    } catch (e) {
      ctx.stderr.write(`Error: open ${name}: ${errText(e).toLowerCase()}\n`);
      return 1;
    }
    for (const doc of parseAllDocuments(text)) {
      if ('errors' in doc && doc.errors.length > 0) {
        ctx.stderr.write(`Error: bad file '${name}': ${doc.errors[0].message.split('\n')[0]}\n`);
        return 1;
      }
      docs.push(doc.toJS());
    }
  }
  let text = '';
  for (const doc of docs) {
    let results: unknown[];
    try {
      results = evaluate(filter, doc ?? null);
    } catch (e) {
      if (!(e instanceof JqError)) throw e;
      ctx.stderr.write(`Error: ${errText(e)}\n`);
      return 1;
    }
    for (const r of results) {
      if (output === 'json') text += `${jqFormat(r, false)}\n`;
      else if (r === null || typeof r !== 'object') text += `${r === null ? 'null' : String(r)}\n`;
      else text += stringify(r, { lineWidth: 0 });
    }
  }
  ctx.stdout.write(text);
  return 0;
};
