// The images present on one node, and pulls from the catalog's registries on the virtual clock.
// Models containerd's CRI image service (PullImage, ImageStatus, ListImages) as the kubelet uses it.

import type { VirtualClock } from '../clock.ts';
import type { ImageInfo, ImageService, PullResult } from '../cri/types.ts';
import { imageInfo, pullDurationMs, type ImageCatalog } from './catalog.ts';
import { imageContentsReady, loadImageContents } from './contents-loader.ts';
import type { ImageSpec } from './image-spec.ts';
import { normalizeImageRef } from './reference.ts';

export interface ImageStoreOptions {
  catalog: ImageCatalog;
  clock: VirtualClock;
}

interface Present {
  spec: ImageSpec;
  refs: Set<string>;
}

export class ImageStore implements ImageService {
  private readonly catalog: ImageCatalog;
  private readonly clock: VirtualClock;
  private readonly present = new Map<string, Present>();
  private readonly inFlight = new Map<string, Promise<PullResult>>();

  constructor(options: ImageStoreOptions) {
    this.catalog = options.catalog;
    this.clock = options.clock;
  }

  imageStatus(ref: string): ImageInfo | undefined {
    const normalized = this.normalize(ref);
    if (!normalized) return undefined;
    for (const p of this.present.values()) {
      if (p.refs.has(normalized) || normalized === `${p.spec.repository}@${p.spec.repoDigest}`) return this.info(p, normalized);
    }
    return undefined;
  }

  /** Resolves after the simulated pull time; a second pull of the same reference joins the first. */
  pullImage(ref: string): Promise<PullResult> {
    const key = this.normalize(ref) ?? ref;
    const running = this.inFlight.get(key);
    if (running) return running;
    const pull = this.pull(ref).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, pull);
    return pull;
  }

  listImages(): ImageInfo[] {
    return [...this.present.values()].map((p) => this.info(p, [...p.refs][0]));
  }

  /** Puts an image on the node at once (images a node image ships with: pause, control plane). */
  preload(ref: string): ImageInfo | undefined {
    const r = this.catalog.resolve(ref);
    if (!r.ok) return undefined;
    return this.store(r.spec, r.normalized);
  }

  /** crictl rmi: forgets one reference; the image goes when no reference is left. */
  removeImage(ref: string): boolean {
    const normalized = this.normalize(ref);
    for (const [id, p] of this.present) {
      if (normalized && p.refs.delete(normalized)) {
        if (p.refs.size === 0) this.present.delete(id);
        return true;
      }
    }
    return false;
  }

  private async pull(ref: string): Promise<PullResult> {
    const r = this.catalog.resolve(ref);
    if (!r.ok) {
      await this.clock.sleep(failureDelayMs(ref));
      return { ok: false, message: r.message, code: r.code };
    }
    // An image already on the node (pullPolicy Always, or another tag of it) shares its layers:
    // only the manifest is fetched again.
    const known = this.present.has(r.spec.configDigest);
    const wait = pullDurationMs(r.spec, known);
    // The layers and programs of images come with the first pull, within its virtual time.
    const contents = imageContentsReady() ? undefined : loadImageContents();
    await this.clock.sleep(wait);
    if (contents) await contents;
    return { ok: true, image: this.store(r.spec, r.normalized), durationMs: wait };
  }

  private store(spec: ImageSpec, normalized: string): ImageInfo {
    let p = this.present.get(spec.configDigest);
    if (!p) {
      p = { spec, refs: new Set() };
      this.present.set(spec.configDigest, p);
    }
    p.refs.add(normalized);
    return this.info(p, normalized);
  }

  private info(p: Present, ref: string): ImageInfo {
    return { ...imageInfo(p.spec, ref), repoTags: [...p.refs].filter((r) => !r.includes('@')) };
  }

  private normalize(ref: string): string | undefined {
    const r = normalizeImageRef(ref);
    return r.ok ? r.normalized : undefined;
  }
}

/** A failed resolve still costs a registry round trip; spread by the reference, deterministically. */
function failureDelayMs(ref: string): number {
  let h = 0;
  for (let i = 0; i < ref.length; i++) h = (h * 31 + ref.charCodeAt(i)) >>> 0;
  return 500 + (h % 700);
}
