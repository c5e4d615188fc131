// Turns one zod issue into the sentence an author reads after `file:line: path:`.
// Models packages/starlight/utils/error-map.ts (Starlight's friendly config errors).

import type { z } from 'zod';

const describe = (v: unknown): string => {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 37)}...` : v}"`;
  return String(v);
};

const TYPE_WORDS: Record<string, string> = {
  string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a mapping', record: 'a mapping',
};

export function formatIssue(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `required, expected ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
      return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, got ${describe(input)}`;
    case 'invalid_value':
      if (issue.values.length === 1) return `expected ${JSON.stringify(issue.values[0])}, got ${describe(input)}`;
      return `expected one of ${issue.values.map((v) => String(v)).join(', ')}; got ${describe(input)}`;
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (options) return `expected one of ${options.map(String).join(', ')}; got ${describe(input)}`;
      // A union of a number and a text form (durations): the text branch's own words say most.
      const custom = issue.errors.flat().find((e) => e.code === 'custom');
      if (custom) return custom.message;
      return `${describe(input)} is not valid here (${issue.message})`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${issue.minimum} ${issue.minimum === 1 ? 'entry' : 'entries'}`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be at least ${issue.minimum}, got ${describe(input)}`;
    case 'too_big':
      return `must be at most ${issue.maximum}, got ${describe(input)}`;
    case 'invalid_format':
      return `${issue.message.startsWith('Invalid') ? `does not have the expected format` : issue.message}; got ${describe(input)}`;
    default:
      return issue.message;
  }
}
