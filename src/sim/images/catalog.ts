// The images PodLab's registries hold. Data-driven: the default list lives in data/, and labs
// may add images (`catalog.add(spec)`) or registries. Resolving a reference gives the image or
// the exact error containerd would report.

import type { ImageInfo } from '../cri/types.ts';
import type { ImageSpec, RegistrySpec } from './image-spec.ts';
import { NGINX_IMAGES } from './data/nginx.ts';
import { LIBRARY_IMAGES } from './data/library.ts';
import { OTHER_IMAGES } from './data/others.ts';
import { manifestNotFound, pullAccessDenied, registryNotFound } from './pull-errors.ts';
import { normalizeImageRef } from './reference.ts';

export type Resolution =
  | { ok: true; spec: ImageSpec; normalized: string; info: ImageInfo }
  | { ok: false; code: 'NotFound' | 'Unknown' | 'InvalidImageName'; message: string };

export const DEFAULT_REGISTRIES: RegistrySpec[] = [
  { domain: 'docker.io', missingRepository: 'denied' },
  { domain: 'registry.k8s.io', missingRepository: 'not-found' },
  { domain: 'quay.io', missingRepository: 'denied' },
  { domain: 'ghcr.io', missingRepository: 'denied' },
  { domain: 'gcr.io', missingRepository: 'not-found' },
];

export class ImageCatalog {
  private readonly byRepository = new Map<string, ImageSpec[]>();
  private readonly byConfigDigest = new Map<string, ImageSpec>();
  private readonly registries = new Map<string, RegistrySpec>();

  constructor(specs: ImageSpec[] = [], registries: RegistrySpec[] = DEFAULT_REGISTRIES) {
    for (const r of registries) this.registries.set(r.domain, r);
    for (const s of specs) this.add(s);
  }

  /** The catalog every PodLab cluster starts with. */
  static standard(): ImageCatalog {
    return new ImageCatalog([...NGINX_IMAGES, ...LIBRARY_IMAGES, ...OTHER_IMAGES]);
  }

  /** Adds an image; a tag another image of the repository had moves to this one, as a push does. */
  add(added: ImageSpec): void {
    // Catalogs own copies: moving a tag in one lab's catalog leaves the shared data alone.
    const spec = { ...added, tags: [...added.tags] };
    const list = (this.byRepository.get(spec.repository) ?? [])
      .map((other) => (other.tags.some((t) => spec.tags.includes(t)) ? { ...other, tags: other.tags.filter((t) => !spec.tags.includes(t)) } : other));
    for (const other of list) this.byConfigDigest.set(other.configDigest, other);
    list.push(spec);
    this.byRepository.set(spec.repository, list);
    this.byConfigDigest.set(spec.configDigest, spec);
    const domain = spec.repository.slice(0, spec.repository.indexOf('/'));
    if (!this.registries.has(domain)) this.registries.set(domain, { domain, missingRepository: 'denied' });
  }

  addRegistry(registry: RegistrySpec): void {
    this.registries.set(registry.domain, registry);
  }

  /** The image with this config digest (an ImageInfo's `id`). */
  byId(id: string): ImageSpec | undefined {
    return this.byConfigDigest.get(id);
  }

  specs(): ImageSpec[] {
    return [...this.byRepository.values()].flat();
  }

  resolve(image: string): Resolution {
    const parsed = normalizeImageRef(image);
    if (!parsed.ok) return { ok: false, code: 'InvalidImageName', message: parsed.message };
    const { ref, normalized } = parsed;
    const registry = this.registries.get(ref.domain);
    if (!registry) return { ok: false, code: 'Unknown', message: registryNotFound(normalized, ref) };
    const candidates = this.byRepository.get(ref.repository);
    if (!candidates) {
      const message = registry.missingRepository === 'denied' ? pullAccessDenied(normalized) : manifestNotFound(normalized);
      return { ok: false, code: registry.missingRepository === 'denied' ? 'Unknown' : 'NotFound', message };
    }
    // A digest wins over a tag, as containerd pulls `name:tag@digest` by digest.
    const spec = ref.digest
      ? candidates.find((s) => s.repoDigest === ref.digest)
      : candidates.find((s) => s.tags.includes(ref.tag!));
    if (!spec) return { ok: false, code: 'NotFound', message: manifestNotFound(normalized) };
    return { ok: true, spec, normalized, info: imageInfo(spec, normalized) };
  }
}

export function imageInfo(spec: ImageSpec, ref: string): ImageInfo {
  return {
    ref,
    id: spec.configDigest,
    repoDigest: `${spec.repository}@${spec.repoDigest}`,
    sizeBytes: spec.sizeBytes,
    user: spec.config.user,
  };
}

/**
 * How long a pull takes: a round trip to the registry plus the layers at ~60 MB/s (none when
 * the node has them already), with a spread taken from the digest so two images of one size
 * differ. Same image, same time.
 */
export function pullDurationMs(spec: ImageSpec, layersPresent = false): number {
  const spread = parseInt(spec.repoDigest.slice(7, 10), 16) % 400;
  return 350 + spread + (layersPresent ? 0 : Math.round(spec.sizeBytes / 60_000));
}
