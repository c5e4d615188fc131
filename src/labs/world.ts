// What a lab check may look at: the cluster through the API (as kubectl would), files on the
// learner's node and on cluster nodes, HTTP from a place, the learner's submitted commands and
// answers, and the virtual clock. The Machine implements it; tests use a fake. Checks never
// reach simulator internals, so a lab grades what a learner could have seen for themselves.

import type { ApiClient } from '../sim/apiserver/api-client.ts';

/** Where an HTTP request starts from. */
export type HttpSource =
  /** The learner's node (`curl` typed in the terminal). */
  | { kind: 'host' }
  /** Inside a container, sharing its pod's network namespace (`kubectl exec … -- curl`). */
  | { kind: 'container'; namespace?: string; pod: string; container: string }
  /** Through the learner's running `kubectl port-forward` listening on this local port. */
  | { kind: 'port-forward'; port: number };

export type HttpResult =
  | { ok: true; status: number; body: string }
  /** The request did not get an HTTP answer; `error` reads like curl's (`Failed to connect to localhost port 8080 …`). */
  | { ok: false; error: string };

/** What `kubectl logs POD -c CONTAINER` would print: the text, or the error the API server gave
 *  (`container "web" in pod "shop" is waiting to start: PodInitializing`). */
export type LogsResult = { ok: true; text: string } | { ok: false; error: string };

/** A line the learner submitted to a shell, with what it exited with. */
export interface CommandRecord {
  line: string;
  /** Undefined while the command still runs (a foreground `kubectl port-forward`). */
  exitStatus?: number;
  /** Virtual time the line was submitted, epoch ms. */
  at: number;
}

/** One `answer …` the learner gave (see answers/answer-log.ts for where they are kept). */
export interface AnswerRecord {
  text: string;
  at: number;
  /** The task the answer was given for, when the learner named one (`answer --task report 137`). */
  task?: string;
}

/** The learner's own node; other names are cluster nodes (`node01`). */
export const LEARNER_NODE = 'controlplane';

export interface LabWorld {
  readonly api: ApiClient;
  /** A file's text, or undefined when it does not exist or is not a regular file.
   *  Relative paths are taken from the learner's home (/root) on the learner's node. */
  readFile(node: string, path: string): string | undefined;
  http(from: HttpSource, url: string): Promise<HttpResult>;
  /** The current logs of one container (app, init or sidecar), through the API server's
   *  pods/log as kubectl reads them; never following. */
  logs(namespace: string, pod: string, container: string): Promise<LogsResult>;
  /** Submitted shell lines, oldest first. */
  commands(): readonly CommandRecord[];
  answers(): readonly AnswerRecord[];
  /** Virtual time, epoch ms. */
  now(): number;
  /**
   * A token that changes whenever anything a check reads may have changed: the API's
   * resourceVersion, a file-change counter, the number of commands and answers. The engine
   * re-runs checks only when it differs from the last run (or a time-based check is due).
   */
  changeToken(): string;
}
