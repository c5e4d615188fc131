// "Did you mean this?" names only commands PodLab has, in the order kubectl adds them, and
// never the word typed or cobra's hidden help command.

import { describe, expect, it } from 'vitest';
import { commands } from '../../src/kubectl/commands/index.ts';
import { kubectlMachine } from '../support/kubectl-machine.ts';

const has = (name: string) => commands().some((c) => c.name === name);
const unknown = (word: string, suggestions: string[]) =>
  `error: unknown command "${word}" for "kubectl"\n` + (suggestions.length ? `\nDid you mean this?\n${suggestions.map((s) => `\t${s}\n`).join('')}` : '');

describe('kubectl <unknown command>', () => {
  it.each([
    ['gett', ['set', 'get']],
    ['conf', ['config']],
    ['optio', ['options']],
    ['hel', ['set', 'get']],
    ['hepl', []],
  ])('kubectl %s suggests %j as kubectl v1.33.1 does', async (word, suggestions) => {
    expect(await kubectlMachine({ now: 0 }).run(`kubectl ${word}`)).toEqual({ stdout: '', stderr: unknown(word, suggestions), status: 1 });
  });

  it('suggests debug for debugg only where PodLab has kubectl debug', async () => {
    const r = await kubectlMachine({ now: 0 }).run('kubectl debugg');
    expect(r.stderr).toBe(unknown('debugg', has('debug') ? ['debug'] : []));
  });

  it('never suggests the word typed for a kubectl command PodLab lacks', async () => {
    const r = await kubectlMachine({ now: 0 }).run('kubectl rollout status deploy/web');
    expect(r.stderr).toBe(unknown('rollout', []));
    expect((await kubectlMachine({ now: 0 }).run('kubectl expose pod web')).stderr).toBe(unknown('expose', []));
  });

  it('leaves out commands PodLab lacks', async () => {
    const r = await kubectlMachine({ now: 0 }).run('kubectl ap');
    expect(r.stderr).toBe(unknown('ap', ['top', 'cp', 'apply', 'api-versions', 'api-resources']));
  });
});
