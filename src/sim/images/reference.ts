// Image references as container runtimes read them: `nginx` is `docker.io/library/nginx:latest`.
// Errors carry the texts the kubelet shows for an InvalidImageName.
// Models github.com/distribution/reference (normalize.go, reference.go, regexp.go) and
// pkg/kubelet/images/image_manager.go applyDefaultImageTag.

const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPO_PREFIX = 'library/';
const DEFAULT_TAG = 'latest';

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const ANCHORED_IDENTIFIER = /^[a-f0-9]{64}$/;
const NAME_TOTAL_LENGTH_MAX = 255;

export interface ImageReference {
  /** `docker.io`, `registry.k8s.io`, … */
  domain: string;
  /** `library/nginx` */
  path: string;
  /** `docker.io/library/nginx` */
  repository: string;
  tag?: string;
  /** `sha256:<hex>` */
  digest?: string;
}

export type ParseResult = { ok: true; ref: ImageReference } | { ok: false; message: string };

/** Splits a familiar name into its registry and path, as `splitDockerDomain` does. */
function splitDockerDomain(name: string): [string, string] {
  const slash = name.indexOf('/');
  if (slash < 0) return [DEFAULT_DOMAIN, OFFICIAL_REPO_PREFIX + name];
  const maybeDomain = name.slice(0, slash);
  const rest = name.slice(slash + 1);
  let domain: string;
  let remote: string;
  if (maybeDomain === 'localhost') [domain, remote] = [maybeDomain, rest];
  else if (maybeDomain === LEGACY_DEFAULT_DOMAIN) [domain, remote] = [DEFAULT_DOMAIN, rest];
  else if (/[.:]/.test(maybeDomain)) [domain, remote] = [maybeDomain, rest];
  else if (maybeDomain.toLowerCase() !== maybeDomain) [domain, remote] = [maybeDomain, rest];
  else [domain, remote] = [DEFAULT_DOMAIN, name];
  if (domain === DEFAULT_DOMAIN && !remote.includes('/')) remote = OFFICIAL_REPO_PREFIX + remote;
  return [domain, remote];
}

/** ParseNormalizedNamed: the error texts are distribution/reference's own. */
export function parseNormalizedNamed(s: string): ParseResult {
  if (ANCHORED_IDENTIFIER.test(s)) {
    return { ok: false, message: `invalid repository name (${s}), cannot specify 64-byte hexadecimal strings` };
  }
  const [domain, remainder] = splitDockerDomain(s);
  const colon = remainder.indexOf(':');
  const remoteName = colon < 0 ? remainder : remainder.slice(0, colon);
  if (remoteName.toLowerCase() !== remoteName) {
    return { ok: false, message: `invalid reference format: repository name (${remoteName}) must be lowercase` };
  }
  const m = REFERENCE.exec(`${domain}/${remainder}`);
  if (!m) return { ok: false, message: 'invalid reference format' };
  const repository = m[1];
  if (repository.length > NAME_TOTAL_LENGTH_MAX) {
    return { ok: false, message: `repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters` };
  }
  if (m[3] && m[3].startsWith('sha256:') && m[3].length !== 7 + 64) {
    return { ok: false, message: 'invalid checksum digest length' };
  }
  const slash = repository.indexOf('/');
  return {
    ok: true,
    ref: { domain: repository.slice(0, slash), path: repository.slice(slash + 1), repository, tag: m[2], digest: m[3] },
  };
}

/** The reference a runtime pulls: default tag applied, `docker.io/library/…` spelled out. */
export function normalizedString(ref: ImageReference): string {
  const tag = ref.tag ?? (ref.digest ? undefined : DEFAULT_TAG);
  return `${ref.repository}${tag ? `:${tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** Parses and normalises: `nginx` → `docker.io/library/nginx:latest`. */
export function normalizeImageRef(image: string): { ok: true; ref: ImageReference; normalized: string } | { ok: false; message: string } {
  const parsed = parseNormalizedNamed(image);
  if (!parsed.ok) return parsed;
  const ref = { ...parsed.ref };
  if (!ref.tag && !ref.digest) ref.tag = DEFAULT_TAG;
  return { ok: true, ref, normalized: normalizedString(ref) };
}

/**
 * What the kubelet does before pulling: `nginx` → `nginx:latest`, or the InvalidImageName
 * message (`Failed to apply default image tag "Nginx": couldn't parse image name "Nginx": …`).
 */
export function applyDefaultImageTag(image: string): { ok: true; image: string } | { ok: false; message: string } {
  const parsed = parseNormalizedNamed(image);
  if (!parsed.ok) {
    return { ok: false, message: `Failed to apply default image tag "${image}": couldn't parse image name "${image}": ${parsed.message}` };
  }
  if (!parsed.ref.tag && !parsed.ref.digest) return { ok: true, image: `${image}:${DEFAULT_TAG}` };
  return { ok: true, image };
}
