// Every kubectl command, in the order kubectl adds them (which is the order of suggestions).

import type { Command } from '../cli/command.ts';
import { applyCommand } from './apply.ts';
import { createCommand } from './create.ts';
import { deleteCommand } from './delete.ts';
import { describeCommand } from './describe.ts';
import { execCommand } from './exec.ts';
import { getCommand } from './get.ts';
import { logsCommand } from './logs.ts';
import { runCommand } from './run.ts';
import { annotateCommand, labelCommand } from './label.ts';
import { setCommand } from './set-image.ts';
import { eventsCommand } from './events.ts';
import { explainCommand } from './explain.ts';
import { apiResourcesCommand, apiVersionsCommand, authCommand, clusterInfoCommand, versionCommand } from './info.ts';
import { configCommand } from './config.ts';
import { waitCommand } from './wait.ts';

export const COMMANDS: Command[] = [createCommand, runCommand, getCommand, deleteCommand, describeCommand, logsCommand, execCommand, applyCommand, labelCommand, annotateCommand, setCommand, eventsCommand, explainCommand,
  versionCommand, apiResourcesCommand, apiVersionsCommand, clusterInfoCommand, authCommand, configCommand, waitCommand];

/** Command names cobra may suggest for a typo, in kubectl's order. */
export const SUGGESTED_NAMES = [
  'create', 'expose', 'run', 'set', 'explain', 'get', 'edit', 'delete', 'rollout', 'scale', 'autoscale', 'certificate',
  'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint', 'describe', 'logs', 'attach', 'exec', 'port-forward', 'proxy',
  'cp', 'auth', 'debug', 'events', 'diff', 'apply', 'patch', 'replace', 'wait', 'kustomize', 'label', 'annotate', 'completion',
  'alpha', 'config', 'plugin', 'version', 'api-versions', 'api-resources', 'options',
];
