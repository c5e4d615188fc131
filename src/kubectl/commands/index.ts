// Every kubectl command, in the order kubectl adds them.

import type { Command } from '../cli/command.ts';
import { applyCommand } from './apply.ts';
import { attachCommand } from './attach.ts';
import { completionCommand } from './completion.ts';
import { configCommand } from './config.ts';
import { cpCommand } from './cp.ts';
import { debugCommand } from './debug.ts';
import { createCommand } from './create.ts';
import { deleteCommand } from './delete.ts';
import { describeCommand } from './describe.ts';
import { editCommand, type ProgramLookup } from './edit.ts';
import { eventsCommand } from './events.ts';
import { execCommand } from './exec.ts';
import { explainCommand } from './explain.ts';
import { getCommand } from './get.ts';
import { apiResourcesCommand, apiVersionsCommand, authCommand, clusterInfoCommand, versionCommand } from './info.ts';
import { annotateCommand, labelCommand } from './label.ts';
import { logsCommand } from './logs.ts';
import { portForwardCommand } from './port-forward.ts';
import { patchCommand, replaceCommand } from './patch-replace.ts';
import { runCommand } from './run.ts';
import { setCommand } from './set-image.ts';
import { taintCommand } from './taint.ts';
import { topCommand } from './top.ts';
import { waitCommand } from './wait.ts';
import { helpCommand } from '../help/help-command.ts';
import { optionsCommand } from '../help/options-command.ts';

export { SUGGESTED_NAMES } from './names.ts';

export function commands(programs?: ProgramLookup): Command[] {
  const tree: Command[] = [
    createCommand, runCommand, setCommand, explainCommand, getCommand, editCommand(programs), deleteCommand, clusterInfoCommand, topCommand, taintCommand,
    describeCommand, logsCommand, attachCommand, execCommand, portForwardCommand, cpCommand, authCommand, debugCommand, eventsCommand, applyCommand, patchCommand, replaceCommand, waitCommand,
    labelCommand, annotateCommand, completionCommand, configCommand, versionCommand, apiVersionsCommand, apiResourcesCommand,
    optionsCommand,
  ];
  // cobra adds its help command last, when the command runs.
  tree.push(helpCommand(() => tree));
  return tree;
}
