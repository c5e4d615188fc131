// kubectl completion bash: a bash completion script that completes commands, resource types and
// object names by calling back into kubectl, the way cobra's generated script does.
// Models staging/src/k8s.io/kubectl/pkg/cmd/completion/completion.go.

import type { Command } from '../cli/command.ts';
import { CliError, usageError } from '../cli/errors.ts';
import { SUGGESTED_NAMES } from './names.ts';
import { RESOURCE_TYPES } from '../resource-types.ts';

function bashScript(): string {
  const commands = SUGGESTED_NAMES.join(' ');
  const types = RESOURCE_TYPES.flatMap((t) => [t.name, t.singular, ...t.shortNames]).join(' ');
  return `# bash completion for kubectl                              -*- shell-script -*-

__kubectl_debug()
{
    if [[ -n \${BASH_COMP_DEBUG_FILE-} ]]; then
        echo "$*" >> "\${BASH_COMP_DEBUG_FILE}"
    fi
}

__kubectl_resource_names()
{
    kubectl get "$1" -o 'jsonpath={.items[*].metadata.name}' 2>/dev/null
}

__start_kubectl()
{
    local cur prev words cword
    COMPREPLY=()
    cur="\${COMP_WORDS[COMP_CWORD]}"
    prev="\${COMP_WORDS[COMP_CWORD-1]}"
    local commands="${commands}"
    local types="${types}"
    if [[ \${COMP_CWORD} -eq 1 ]]; then
        COMPREPLY=( $(compgen -W "\${commands}" -- "\${cur}") )
        return
    fi
    case "\${prev}" in
        -n|--namespace)
            COMPREPLY=( $(compgen -W "$(__kubectl_resource_names namespaces)" -- "\${cur}") )
            return
            ;;
    esac
    case "\${COMP_WORDS[1]}" in
        get|describe|delete|edit|label|annotate|explain|wait)
            if [[ \${COMP_CWORD} -eq 2 ]]; then
                COMPREPLY=( $(compgen -W "\${types}" -- "\${cur}") )
            else
                COMPREPLY=( $(compgen -W "$(__kubectl_resource_names "\${COMP_WORDS[2]}")" -- "\${cur}") )
            fi
            ;;
        logs|exec|port-forward|attach|cp)
            COMPREPLY=( $(compgen -W "$(__kubectl_resource_names pods)" -- "\${cur}") )
            ;;
    esac
}

if [[ $(type -t compopt) = "builtin" ]]; then
    complete -o default -F __start_kubectl kubectl
else
    complete -o default -o nospace -F __start_kubectl kubectl
fi

# ex: ts=4 sw=4 et filetype=sh
`;
}

export const completionCommand: Command = {
  name: 'completion',
  flags: [],
  async run(inv) {
    if (inv.args.length === 0) throw usageError(inv.commandPath, 'Shell not specified.');
    if (inv.args.length > 1) throw usageError(inv.commandPath, 'Too many arguments. Expected only the shell type.');
    if (inv.args[0] !== 'bash') throw new CliError(`error: Unsupported shell type "${inv.args[0]}".`);
    inv.out(bashScript());
    return 0;
  },
};
