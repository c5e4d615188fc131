// Turns `TYPE[,TYPE…] [NAME…]` or `TYPE/NAME…` arguments into what to fetch, with kubectl's
// errors for unknown types and mixed forms.
// Models staging/src/k8s.io/cli-runtime/pkg/resource/builder.go (ResourceTypeOrNameArgs).

import { CliError } from './cli/errors.ts';
import { categoryTypes, lookupResourceType, type ResourceType } from './resource-types.ts';

export interface ResourceRequest {
  type: ResourceType;
  /** Unset: every object of the type (subject to selectors). */
  name?: string;
}

export interface ResourceArgs {
  requests: ResourceRequest[];
  /** Several types or a category were named: rows are prefixed with `kind/`. */
  multipleTypes: boolean;
  /** Exactly one object named: printed as itself rather than a List. */
  singleItem: boolean;
}

export function resolveType(typed: string): ResourceType {
  const t = lookupResourceType(typed);
  if (!t) throw new CliError(`error: the server doesn't have a resource type "${typed}"`);
  return t;
}

export function parseResourceArgs(args: readonly string[]): ResourceArgs {
  if (args.some((a) => a.includes('/'))) {
    if (!args.every((a) => a.includes('/'))) {
      throw new CliError(
        "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
      );
    }
    const requests = args.map((a) => {
      const slash = a.indexOf('/');
      const name = a.slice(slash + 1);
      if (name === '' || slash === 0) throw new CliError(`error: arguments in resource/name form must have a single resource and name`);
      return { type: resolveType(a.slice(0, slash)), name };
    });
    const kinds = new Set(requests.map((r) => r.type.name));
    return { requests, multipleTypes: kinds.size > 1, singleItem: requests.length === 1 };
  }
  const [typeArg, ...names] = args;
  const typed = typeArg.split(',').filter((t) => t !== '');
  const types: ResourceType[] = [];
  let category = false;
  for (const t of typed) {
    const members = categoryTypes(t.toLowerCase());
    if (members) {
      category = true;
      types.push(...members);
    } else {
      types.push(resolveType(t));
    }
  }
  const unique = types.filter((t, i) => types.indexOf(t) === i);
  const requests = names.length === 0 ? unique.map((type) => ({ type })) : unique.flatMap((type) => names.map((name) => ({ type, name })));
  return { requests, multipleTypes: category || unique.length > 1, singleItem: names.length === 1 && unique.length === 1 && !category };
}
