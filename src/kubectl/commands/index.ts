// Every kubectl command, in the order kubectl adds them (which is the order of suggestions).

import type { Command } from '../cli/command.ts';
import { getCommand } from './get.ts';

export const COMMANDS: Command[] = [getCommand];

/** Command names cobra may suggest for a typo, in kubectl's order. */
export const SUGGESTED_NAMES = [
  'create', 'expose', 'run', 'set', 'explain', 'get', 'edit', 'delete', 'rollout', 'scale', 'autoscale', 'certificate',
  'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint', 'describe', 'logs', 'attach', 'exec', 'port-forward', 'proxy',
  'cp', 'auth', 'debug', 'events', 'diff', 'apply', 'patch', 'replace', 'wait', 'kustomize', 'label', 'annotate', 'completion',
  'alpha', 'config', 'plugin', 'version', 'api-versions', 'api-resources', 'options',
];
