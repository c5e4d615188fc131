// What kubectl v1.33's own completion (`kubectl __complete`) knows about its commands: the
// top-level commands, their subcommands, their local flags (name, shorthand, whether it takes a
// value), the `-o` formats each accepts, and what their positional arguments name.
// Models staging/src/k8s.io/kubectl/pkg/cmd/cmd.go (NewKubectlCommand) and the commands' AddFlags.

export interface FlagInfo {
  name: string;
  shorthand?: string;
  takesValue: boolean;
}

/** What positional arguments complete to: resource types then names, pods then containers, nodes. */
export type ArgKind = 'resources' | 'types' | 'pods' | 'nodes' | 'none';

export interface VerbSpec {
  flags: FlagInfo[];
  args: ArgKind;
  subcommands?: Record<string, VerbSpec>;
  formats?: string[];
}

/** `all-namespaces/A!`: long name, optional shorthand, `!` for a bool flag. */
function flags(spec: string): FlagInfo[] {
  return spec.split(/\s+/).filter((s) => s !== '').map((s) => {
    const bool = s.endsWith('!');
    const [name, shorthand] = (bool ? s.slice(0, -1) : s).split('/');
    return { name, shorthand, takesValue: !bool };
  });
}

const PRINT = 'allow-missing-template-keys! output/o show-managed-fields! template';
const FORMATS = ['json', 'yaml', 'name', 'go-template', 'go-template-file', 'template', 'templatefile', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file'];
const GET_FORMATS = [...FORMATS, 'custom-columns', 'custom-columns-file', 'wide'];
const FILES = 'filename/f kustomize/k recursive/R!';

const verb = (spec: string, args: ArgKind, extra: Partial<VerbSpec> = {}): VerbSpec => ({ flags: flags(spec), args, ...extra });

const LABEL = `all! all-namespaces/A! dry-run field-manager field-selector ${FILES} list! local! overwrite! resource-version selector/l ${PRINT}`;

export const KUBECTL_VERBS: Record<string, VerbSpec> = {
  annotate: verb(LABEL, 'resources', { formats: FORMATS }),
  'api-resources': verb('api-group cached! categories namespaced! no-headers! output/o sort-by verbs', 'none', { formats: ['wide', 'name'] }),
  'api-versions': verb('', 'none'),
  apply: verb(`all! cascade dry-run field-manager ${FILES} force! force-conflicts! grace-period openapi-patch! overwrite! prune! prune-allowlist selector/l server-side! timeout validate wait! ${PRINT}`, 'none', {
    formats: FORMATS,
    subcommands: { 'edit-last-applied': verb(`${FILES} output/o`, 'resources'), 'set-last-applied': verb(`create-annotation! dry-run ${FILES} ${PRINT}`, 'none'), 'view-last-applied': verb(`all! ${FILES} output/o selector/l`, 'resources') },
  }),
  attach: verb('container/c pod-running-timeout quiet/q! stdin/i! tty/t!', 'pods'),
  auth: verb('', 'none', { subcommands: { 'can-i': verb('all-namespaces/A! list! no-headers! quiet/q! subresource', 'none'), reconcile: verb(`dry-run ${FILES} remove-extra-permissions! remove-extra-subjects! ${PRINT}`, 'none'), whoami: verb(PRINT, 'none') } }),
  autoscale: verb(`cpu-percent dry-run field-manager ${FILES} max min name save-config! ${PRINT}`, 'resources', { formats: FORMATS }),
  certificate: verb('', 'none', { subcommands: { approve: verb(`${FILES} force! ${PRINT}`, 'none'), deny: verb(`${FILES} force! ${PRINT}`, 'none') } }),
  'cluster-info': verb('', 'none', { subcommands: { dump: verb('all-namespaces/A! namespaces output/o output-directory pod-running-timeout', 'none') } }),
  completion: verb('', 'none', { subcommands: { bash: verb('', 'none'), fish: verb('', 'none'), powershell: verb('', 'none'), zsh: verb('', 'none') } }),
  config: verb('', 'none', {
    subcommands: Object.fromEntries(['current-context', 'delete-cluster', 'delete-context', 'delete-user', 'get-clusters', 'get-contexts', 'get-users', 'rename-context', 'set', 'set-cluster', 'set-context', 'set-credentials', 'unset', 'use-context', 'view'].map((n) => [n, verb(n === 'view' ? `flatten! merge! minify! raw! ${PRINT}` : n === 'set-context' ? 'current! namespace' : '', 'none')])),
  }),
  cordon: verb('dry-run selector/l', 'nodes'),
  cp: verb('container/c no-preserve! retries', 'none'),
  create: verb(`dry-run edit! field-manager ${FILES} raw save-config! selector/l validate windows-line-ending! ${PRINT}`, 'none', {
    formats: FORMATS,
    subcommands: Object.fromEntries(['clusterrole', 'clusterrolebinding', 'configmap', 'cronjob', 'deployment', 'ingress', 'job', 'namespace', 'poddisruptionbudget', 'priorityclass', 'quota', 'role', 'rolebinding', 'secret', 'service', 'serviceaccount', 'token'].map((n) => [n, verb(`dry-run field-manager save-config! validate ${PRINT}${n === 'deployment' ? ' image port replicas/r' : n === 'configmap' ? ' append-hash! from-env-file from-file from-literal' : ''}`, 'none', { formats: FORMATS })])),
  }),
  debug: verb('arguments-only! attach! container/c copy-to custom env filename/f image image-pull-policy keep-annotations! keep-init-containers! keep-labels! keep-liveness! keep-readiness! keep-startup! profile quiet/q! replace! same-node! set-image share-processes! stdin/i! target tty/t!', 'pods'),
  delete: verb(`all! all-namespaces/A! cascade dry-run field-selector ${FILES} force! grace-period ignore-not-found! interactive/i! now! output/o raw selector/l timeout wait!`, 'resources', { formats: ['name'] }),
  describe: verb(`all-namespaces/A! chunk-size ${FILES} selector/l show-events!`, 'resources'),
  diff: verb(`concurrency field-manager ${FILES} force-conflicts! prune! prune-allowlist selector/l server-side! show-managed-fields!`, 'none'),
  drain: verb('chunk-size delete-emptydir-data! disable-eviction! dry-run force! grace-period ignore-daemonsets! pod-selector selector/l skip-wait-for-delete-timeout timeout', 'nodes'),
  edit: verb(`field-manager ${FILES} output-patch! save-config! subresource validate windows-line-ending! ${PRINT}`, 'resources', { formats: FORMATS }),
  events: verb(`all-namespaces/A! chunk-size for no-headers! types watch/w! ${PRINT}`, 'none', { formats: FORMATS }),
  exec: verb('container/c filename/f pod-running-timeout quiet/q! stdin/i! tty/t!', 'pods'),
  explain: verb('api-version output/o recursive!', 'types', { formats: ['plaintext', 'plaintext-openapiv2'] }),
  expose: verb(`cluster-ip dry-run external-ip field-manager ${FILES} labels/l load-balancer-ip name override-type overrides port protocol save-config! selector session-affinity target-port type ${PRINT}`, 'resources', { formats: FORMATS }),
  get: verb(`all-namespaces/A! chunk-size field-selector ${FILES} ignore-not-found! label-columns/L no-headers! output-watch-events! raw selector/l server-print! show-kind! show-labels! sort-by subresource watch/w! watch-only! ${PRINT}`, 'resources', { formats: GET_FORMATS }),
  help: verb('', 'none'),
  kustomize: verb('enable-helm! env/e helm-command load-restrictor output/o', 'none'),
  label: verb(LABEL, 'resources', { formats: FORMATS }),
  logs: verb('all-containers! all-pods! container/c follow/f! ignore-errors! insecure-skip-tls-verify-backend! limit-bytes max-log-requests pod-running-timeout prefix! previous/p! selector/l since since-time tail timestamps!', 'pods'),
  options: verb('', 'none'),
  patch: verb(`dry-run field-manager ${FILES} local! patch/p patch-file subresource type ${PRINT}`, 'resources', { formats: FORMATS }),
  plugin: verb('', 'none', { subcommands: { list: verb('name-only!', 'none') } }),
  'port-forward': verb('address pod-running-timeout', 'pods'),
  proxy: verb('accept-hosts accept-paths address api-prefix append-server-path! disable-filter! keepalive port/p reject-methods reject-paths unix-socket/u www/w www-prefix/P', 'none'),
  replace: verb(`cascade dry-run field-manager ${FILES} force! grace-period raw save-config! subresource timeout validate wait! ${PRINT}`, 'none', { formats: FORMATS }),
  rollout: verb('', 'none', {
    subcommands: Object.fromEntries(['history', 'pause', 'restart', 'resume', 'status', 'undo'].map((n) => [n, verb(`${FILES} selector/l${n === 'status' ? ' revision timeout watch/w!' : n === 'undo' ? ' dry-run to-revision' : ''}`, 'resources')])),
  }),
  run: verb(`annotations attach! command! dry-run env expose! field-manager image image-pull-policy labels/l leave-stdin-open! override-type overrides pod-running-timeout port privileged! quiet/q! restart rm! save-config! stdin/i! tty/t! ${PRINT}`, 'none', { formats: FORMATS }),
  scale: verb(`all! current-replicas dry-run ${FILES} replicas resource-version selector/l timeout ${PRINT}`, 'resources', { formats: FORMATS }),
  set: verb('', 'none', {
    subcommands: Object.fromEntries(['env', 'image', 'resources', 'selector', 'serviceaccount', 'subject'].map((n) => [n, verb(`all! dry-run field-manager ${FILES} local! selector/l ${PRINT}`, 'resources', { formats: FORMATS })])),
  }),
  taint: verb(`all! dry-run field-manager overwrite! selector/l validate ${PRINT}`, 'resources', { formats: FORMATS }),
  top: verb('', 'none', {
    subcommands: {
      node: verb('no-headers! selector/l show-capacity! sort-by use-protocol-buffers!', 'nodes'),
      pod: verb('all-namespaces/A! containers! field-selector no-headers! selector/l sort-by sum! use-protocol-buffers!', 'pods'),
    },
  }),
  uncordon: verb('dry-run selector/l', 'nodes'),
  version: verb('client! output/o', 'none', { formats: ['yaml', 'json'] }),
  wait: verb(`all! all-namespaces/A! field-selector ${FILES} for local! selector/l timeout ${PRINT}`, 'resources', { formats: FORMATS }),
};

/** kubectl's persistent flags, shown with every command's own. */
export const KUBECTL_GLOBAL_FLAGS: FlagInfo[] = flags(
  'as as-group as-uid cache-dir certificate-authority client-certificate client-key cluster context disable-compression! insecure-skip-tls-verify! kubeconfig log-flush-frequency match-server-version! namespace/n password profile profile-output request-timeout server/s tls-server-name token user username v/v vmodule warnings-as-errors!',
);
