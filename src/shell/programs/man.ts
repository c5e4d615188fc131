// man(1) and help: the machine has no manual pages installed (as in a minimal image), so man
// says so the way man-db does and points at what the machine offers.

import type { Tool } from './lib/tool.ts';

export function manProgram(available: () => string[]): Tool {
  return async (ctx) => {
    const page = ctx.argv.slice(1).find((a) => !a.startsWith('-') && !/^\d$/.test(a));
    if (!page) {
      ctx.stderr.write('What manual page do you want?\nFor example, try \'man man\'.\n');
      return 1;
    }
    const known = available().includes(page);
    ctx.stderr.write(known
      ? `No manual entry for ${page}\nThis machine has no manual pages; try '${page} --help'.\n`
      : `No manual entry for ${page}\n`);
    return 16;
  };
}

export function helpProgram(available: () => string[]): Tool {
  return async (ctx) => {
    const names = available();
    ctx.stdout.write(
      'PodLab: a simulated Linux machine with a Kubernetes cluster.\n\n' +
      'Programs on this machine (each takes --help):\n' +
      wrap(names.join(' '), 78).map((l) => `  ${l}\n`).join('') +
      '\nKubernetes: kubectl (alias k). Shell: pipes, redirections, variables, loops, functions.\n',
    );
    return 0;
  };
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
