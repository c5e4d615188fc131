// EnsureImageExists: pull policy, the per-`<podUID>_<image>` pull back-off, serialised pulls
// (the kubelet's default), and the events a learner sees while an image arrives or fails to.
// Models pkg/kubelet/images/image_manager.go and puller.go (serialImagePuller)

import type { VirtualClock } from '../../clock.ts';
import type { Container, Pod } from '../../api/types.ts';
import type { ImageInfo, ImageService } from '../../cri/types.ts';
import type { Backoff } from '../backoff.ts';
import * as events from '../events.ts';
import { goDuration } from '../format.ts';
import type { KubeletRecorder } from '../recorder.ts';
import { parseImageReference } from './reference.ts';

/** Waiting reasons of pkg/kubelet/images/types.go. */
export const ErrImagePull = 'ErrImagePull';
export const ErrImagePullBackOff = 'ImagePullBackOff';
export const ErrImageNeverPull = 'ErrImageNeverPull';
export const ErrInvalidImageName = 'InvalidImageName';

export type EnsureImageResult =
  | { ok: true; image: ImageInfo }
  | { ok: false; reason: string; message: string; /** When trying again can help (back-off end). */ retryAt?: number };

export class ImageManager {
  private readonly images: ImageService;
  private readonly backoff: Backoff;
  private readonly recorder: KubeletRecorder;
  private readonly clock: VirtualClock;
  private readonly lastError = new Map<string, string>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Called after a successful pull, so the node can list its images. */
  onPulled?: () => void;

  constructor(images: ImageService, backoff: Backoff, recorder: KubeletRecorder, clock: VirtualClock) {
    this.images = images;
    this.backoff = backoff;
    this.recorder = recorder;
    this.clock = clock;
  }

  async ensureImageExists(pod: Pod, container: Container): Promise<EnsureImageResult> {
    const requested = container.image ?? '';
    const ref = parseImageReference(requested);
    if ('error' in ref) {
      const message = `Failed to apply default image tag "${requested}": ${ref.error}`;
      this.recorder.containerEvent(pod, container, 'Warning', events.FailedToInspectImage, message);
      return { ok: false, reason: ErrInvalidImageName, message };
    }
    const present = this.images.imageStatus(ref.normalized);
    const policy = container.imagePullPolicy ?? 'IfNotPresent';
    if (present && policy !== 'Always') {
      this.recorder.containerEvent(pod, container, 'Normal', events.PulledImage, `Container image "${requested}" already present on machine`);
      return { ok: true, image: present };
    }
    if (policy === 'Never') {
      const message = `Container image "${requested}" is not present with pull policy of Never`;
      this.recorder.containerEvent(pod, container, 'Warning', events.ErrImageNeverPullPolicy, message);
      return { ok: false, reason: ErrImageNeverPull, message };
    }
    return this.pullImage(pod, container, requested, ref.normalized);
  }

  private async pullImage(pod: Pod, container: Container, requested: string, normalized: string): Promise<EnsureImageResult> {
    const key = `${pod.metadata.uid}_${requested}`;
    const now = this.clock.now();
    if (this.backoff.isInBackOffSinceUpdate(key, now)) {
      this.recorder.containerEvent(pod, container, 'Normal', events.BackOffPullImage, `Back-off pulling image "${requested}"`);
      const previous = this.lastError.get(key);
      const message = `Back-off pulling image "${requested}"${previous ? `: ${ErrImagePull}: ${previous}` : ''}`;
      return { ok: false, reason: ErrImagePullBackOff, message, retryAt: this.backoff.endsAt(key) };
    }
    this.recorder.containerEvent(pod, container, 'Normal', events.PullingImage, `Pulling image "${requested}"`);
    const start = this.clock.now();
    const result = await this.serially(async () => {
      const began = this.clock.now();
      const r = await this.images.pullImage(normalized);
      return { r, ms: r.ok ? r.durationMs : this.clock.now() - began };
    });
    if (!result.r.ok) {
      const message = result.r.message;
      this.recorder.containerEvent(pod, container, 'Warning', events.FailedToPullImage, `Failed to pull image "${requested}": ${message}`);
      this.backoff.next(key, this.clock.now());
      this.lastError.set(key, message);
      return { ok: false, reason: ErrImagePull, message, retryAt: this.backoff.endsAt(key) };
    }
    this.lastError.delete(key);
    const total = this.clock.now() - start;
    this.recorder.containerEvent(pod, container, 'Normal', events.PulledImage,
      `Successfully pulled image "${requested}" in ${goDuration(result.ms)} (${goDuration(Math.max(total, result.ms))} including waiting). Image size: ${result.r.image.sizeBytes} bytes.`);
    this.backoff.gc();
    this.onPulled?.();
    return { ok: true, image: result.r.image };
  }

  /** One pull at a time per node, as the kubelet's serialize-image-pulls default. */
  private serially<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  forgetPod(uid: string): void {
    this.backoff.resetPrefix(`${uid}_`);
    for (const k of [...this.lastError.keys()]) if (k.startsWith(`${uid}_`)) this.lastError.delete(k);
  }
}
