// -f/--filename: files, folders (their .json/.yaml/.yml files, with -R below), and `-` for stdin,
// each decoded into objects tagged with the source kubectl names in its errors.
// Models staging/src/k8s.io/cli-runtime/pkg/resource/visitor.go (ExpandPathsToFileVisitors).

import type { KubeObject } from '../../sim/api/types.ts';
import type { Invocation } from '../cli/command.ts';
import { CliError } from '../cli/errors.ts';
import { decodeManifest } from './decode-yaml.ts';

export interface SourcedObject {
  /** The path as kubectl shows it (`pod.yaml`, `dir/pod.yaml`, `STDIN`). */
  source: string;
  object: KubeObject;
}

const EXTENSIONS = ['.json', '.yaml', '.yml'];

/** Reads every -f argument in order; stdin is consumed for `-`. */
export async function readManifests(inv: Invocation, filenames: readonly string[], recursive: boolean, validate = true): Promise<SourcedObject[]> {
  const out: SourcedObject[] = [];
  for (const name of filenames) {
    if (name === '-') {
      let text = '';
      for (let c = await inv.ctx.stdin.read(); c !== null; c = await inv.ctx.stdin.read()) text += c;
      out.push(...decodeSource(text, 'STDIN', validate));
      continue;
    }
    if (/^https?:\/\//.test(name)) throw new CliError(`error: unable to read URL "${name}", server reported 404 Not Found, status code=404`);
    for (const file of expand(inv, name, recursive, true)) {
      out.push(...decodeSource(inv.ctx.fs.readFile(inv.ctx.resolve(file), inv.ctx.cred), file, validate));
    }
  }
  return out;
}

/** The synchronous form for commands that never read stdin (get -f). */
export function objectsFromFiles(inv: Invocation, filenames: readonly string[], recursive: boolean): SourcedObject[] {
  const out: SourcedObject[] = [];
  for (const name of filenames) {
    for (const file of expand(inv, name, recursive, true)) {
      out.push(...decodeSource(inv.ctx.fs.readFile(inv.ctx.resolve(file), inv.ctx.cred), file, true));
    }
  }
  return out;
}

function expand(inv: Invocation, path: string, recursive: boolean, top: boolean): string[] {
  const fs = inv.ctx.fs;
  // os.Stat("") fails: `-f ,` (two empty paths) names no file, not the working directory.
  if (path === '') throw new CliError('error: the path "" does not exist');
  const abs = inv.ctx.resolve(path);
  let type: string;
  try {
    type = fs.stat(abs, inv.ctx.cred).type;
  } catch {
    throw new CliError(`error: the path "${path}" does not exist`);
  }
  if (type !== 'dir') return [path];
  const out: string[] = [];
  for (const entry of fs.readdir(abs, inv.ctx.cred).sort()) {
    const child = `${path.replace(/\/+$/, '')}/${entry}`;
    const st = fs.stat(inv.ctx.resolve(child), inv.ctx.cred);
    if (st.type === 'dir') {
      if (recursive) out.push(...expand(inv, child, recursive, false));
    } else if (EXTENSIONS.some((e) => entry.endsWith(e))) {
      out.push(child);
    }
  }
  return out;
}

function decodeSource(text: string, source: string, validate: boolean): SourcedObject[] {
  const decoded = decodeManifest(text);
  if (!decoded.ok) throw new CliError(`error: error parsing ${source}: ${decoded.error}`);
  const out: SourcedObject[] = [];
  for (const doc of decoded.documents) {
    const obj = doc as Partial<KubeObject>;
    if (typeof doc !== 'object' || Array.isArray(doc)) {
      throw new CliError(`error: error validating "${source}": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false`);
    }
    // Unstructured's GetAPIVersion/GetKind read only strings: any other value is not set.
    const hasVersion = typeof obj.apiVersion === 'string' && obj.apiVersion !== '';
    const hasKind = typeof obj.kind === 'string' && obj.kind !== '';
    const missing = !hasVersion ? 'apiVersion' : !hasKind ? 'kind' : undefined;
    if (missing && validate) {
      const both = !hasVersion && !hasKind ? '[apiVersion not set, kind not set]' : `${missing} not set`;
      throw new CliError(`error: error validating "${source}": error validating data: ${both}; if you choose to ignore these errors, turn validation off with --validate=false`);
    }
    if (missing) {
      throw new CliError(`error: unable to decode "${source}": Object '${missing === 'kind' ? 'Kind' : 'apiVersion'}' is missing in '${JSON.stringify(doc)}'`);
    }
    if (obj.kind === 'List' && Array.isArray((doc as { items?: unknown }).items)) {
      for (const item of (doc as { items: KubeObject[] }).items) out.push({ source, object: item });
      continue;
    }
    out.push({ source, object: doc as KubeObject });
  }
  return out;
}
