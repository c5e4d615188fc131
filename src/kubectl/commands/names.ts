// kubectl's command names in the order it adds them: the order of cobra's suggestions.

export const SUGGESTED_NAMES = [
  'create', 'expose', 'run', 'set', 'explain', 'get', 'edit', 'delete', 'rollout', 'scale', 'autoscale', 'certificate',
  'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint', 'describe', 'logs', 'attach', 'exec', 'port-forward', 'proxy',
  'cp', 'auth', 'debug', 'events', 'diff', 'apply', 'patch', 'replace', 'wait', 'kustomize', 'label', 'annotate', 'completion',
  'alpha', 'config', 'plugin', 'version', 'api-versions', 'api-resources', 'options',
];
