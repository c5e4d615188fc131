// Image references as the kubelet reads them: validation (InvalidImageName), the default
// `:latest` tag, and the fully qualified name containerd reports (`docker.io/library/nginx:latest`).
// Models github.com/distribution/reference (ParseNormalizedNamed) and
// pkg/kubelet/images/image_manager.go (applyDefaultImageTag)

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*(?::[0-9]+)?';
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^((?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const ANY_CASE = new RegExp(`^((?:${DOMAIN}/)?${COMPONENT.replaceAll('a-z', 'a-zA-Z')}(?:/${COMPONENT.replaceAll('a-z', 'a-zA-Z')})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);

export interface ImageReference {
  /** `docker.io/library/nginx` */
  repository: string;
  tag?: string;
  digest?: string;
  /** What the runtime is asked for: repository plus tag (default `latest`) or digest. */
  normalized: string;
}

function splitDomain(name: string): { domain: string; path: string } {
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  if (slash < 0 || (!first.includes('.') && !first.includes(':') && first !== 'localhost' && first.toLowerCase() === first)) {
    const path = slash < 0 ? `library/${name}` : name;
    return { domain: 'docker.io', path };
  }
  return { domain: first, path: name.slice(slash + 1) };
}

/** Parses an image as written in a pod spec, or returns the parser's error text. */
export function parseImageReference(image: string): ImageReference | { error: string } {
  const m = REFERENCE.exec(image);
  if (!m) {
    const loose = ANY_CASE.exec(image);
    if (loose && image.length > 0) {
      const { domain, path } = splitDomain(loose[1]);
      const repo = domain === 'docker.io' ? path : `${domain}/${path}`;
      return { error: `couldn't parse image name "${image}": invalid reference format: repository name (${repo}) must be lowercase` };
    }
    return { error: `couldn't parse image name "${image}": invalid reference format` };
  }
  let { domain, path } = splitDomain(m[1]);
  if (domain === 'index.docker.io') domain = 'docker.io';
  if (domain === 'docker.io' && !path.includes('/')) path = `library/${path}`;
  const repository = `${domain}/${path}`;
  const tag = m[2];
  const digest = m[3];
  const normalized = digest ? `${repository}${tag ? `:${tag}` : ''}@${digest}` : `${repository}:${tag ?? 'latest'}`;
  return { repository, tag, digest, normalized };
}
