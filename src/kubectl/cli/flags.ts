// Flag parsing as pflag does it for kubectl: `--name=value`, `--name value`, `-n value`,
// `-nvalue`, grouped bool shorthands (`-it`), bool flags that take a value only with `=`,
// repeated flags, flags interspersed with arguments and `--` ending flag parsing.
// Errors are pflag's texts, without the `error: ` prefix kubectl adds.
// Models github.com/spf13/pflag/flag.go (parseArgs, parseLongArg, parseSingleShortArg).

export type FlagType = 'bool' | 'string' | 'int' | 'stringArray' | 'stringSlice';

export interface FlagSpec {
  name: string;
  shorthand?: string;
  type: FlagType;
  /** Value when the flag is given without `=value` (pflag NoOptDefVal), e.g. `--dry-run` → `unchanged`. */
  noOptDefault?: string;
}

export type FlagValue = string | boolean | number | string[];

export interface ParsedFlags {
  /** Only the flags that were given, by long name. */
  values: Map<string, FlagValue>;
  args: string[];
  /** How many positional arguments came before `--`, or -1 (cobra ArgsLenAtDash). */
  argsLenAtDash: number;
}

export type ParseResult = { ok: true; parsed: ParsedFlags } | { ok: false; error: string };

class FlagError extends Error {}

export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[]): ParseResult {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.shorthand).map((s) => [s.shorthand!, s]));
  const values = new Map<string, FlagValue>();
  const args: string[] = [];
  let argsLenAtDash = -1;
  const set = (spec: FlagSpec, raw: string, _shown: string) => values.set(spec.name, convert(spec, raw, values.get(spec.name)));
  try {
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i];
      if (a === '--') {
        argsLenAtDash = args.length;
        args.push(...argv.slice(i + 1));
        break;
      }
      if (a.startsWith('--') && a.length > 2) {
        const body = a.slice(2);
        const eq = body.indexOf('=');
        const name = eq >= 0 ? body.slice(0, eq) : body;
        const spec = byName.get(name);
        if (!spec) throw new FlagError(name === 'help' ? 'help requested' : `unknown flag: --${name}`);
        if (eq >= 0) set(spec, body.slice(eq + 1), `--${name}`);
        else if (spec.type === 'bool') set(spec, 'true', `--${name}`);
        else if (spec.noOptDefault !== undefined) set(spec, spec.noOptDefault, `--${name}`);
        else if (i + 1 < argv.length) set(spec, argv[++i], `--${name}`);
        else throw new FlagError(`flag needs an argument: --${name}`);
        continue;
      }
      if (a.startsWith('-') && a.length > 1) {
        let rest = a.slice(1);
        while (rest.length > 0) {
          const c = rest[0];
          const spec = byShort.get(c);
          if (!spec) throw new FlagError(c === 'h' ? 'help requested' : `unknown shorthand flag: '${c}' in ${a}`);
          const shown = `'${c}' in ${a}`;
          if (rest.length > 2 && rest[1] === '=') {
            set(spec, rest.slice(2), `-${c}`);
            rest = '';
          } else if (spec.type === 'bool') {
            set(spec, 'true', `-${c}`);
            rest = rest.slice(1);
          } else if (spec.noOptDefault !== undefined) {
            set(spec, spec.noOptDefault, `-${c}`);
            rest = rest.slice(1);
          } else if (rest.length > 1) {
            set(spec, rest.slice(1), `-${c}`);
            rest = '';
          } else if (i + 1 < argv.length) {
            set(spec, argv[++i], `-${c}`);
            rest = '';
          } else {
            throw new FlagError(`flag needs an argument: ${shown}`);
          }
        }
        continue;
      }
      args.push(a);
    }
  } catch (e) {
    if (e instanceof FlagError) return { ok: false, error: e.message };
    throw e;
  }
  return { ok: true, parsed: { values, args, argsLenAtDash } };
}

function convert(spec: FlagSpec, raw: string, previous: FlagValue | undefined): FlagValue {
  const flagName = `--${spec.name}`;
  switch (spec.type) {
    case 'bool': {
      const b = parseGoBool(raw);
      if (b === undefined) throw new FlagError(`invalid argument "${raw}" for "${shorthandPrefix(spec)}${flagName}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`);
      return b;
    }
    case 'int': {
      if (!/^[+-]?\d+$/.test(raw)) throw new FlagError(`invalid argument "${raw}" for "${shorthandPrefix(spec)}${flagName}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`);
      return Number(raw);
    }
    case 'string':
      return raw;
    case 'stringArray':
      return [...((previous as string[] | undefined) ?? []), raw];
    case 'stringSlice':
      // pflag reads a string slice as one CSV record per occurrence.
      return [...((previous as string[] | undefined) ?? []), ...(raw === '' ? [] : raw.split(','))];
  }
}

/** pflag names a flag with a shorthand as `-n, --namespace` in conversion errors. */
function shorthandPrefix(spec: FlagSpec): string {
  return spec.shorthand ? `-${spec.shorthand}, ` : '';
}

/** strconv.ParseBool. */
export function parseGoBool(s: string): boolean | undefined {
  if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(s)) return false;
  return undefined;
}
