import { describe, it, expect } from 'vitest';
import { applyDefaultImageTag, normalizeImageRef } from '../../../src/sim/images/reference.ts';

describe('image references', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx:latest'],
    ['nginx:1.27', 'docker.io/library/nginx:1.27'],
    ['polinux/stress', 'docker.io/polinux/stress:latest'],
    ['docker.io/nginx', 'docker.io/library/nginx:latest'],
    ['index.docker.io/library/busybox:1.36', 'docker.io/library/busybox:1.36'],
    ['registry.k8s.io/pause:3.10', 'registry.k8s.io/pause:3.10'],
    ['localhost:5000/app', 'localhost:5000/app:latest'],
    ['localhost/app:v1', 'localhost/app:v1'],
    ['nginx@sha256:1ddc07f363e6f1fd64ed5598c59badc60c9578166e6b0fce069f5ba28017f7c1', 'docker.io/library/nginx@sha256:1ddc07f363e6f1fd64ed5598c59badc60c9578166e6b0fce069f5ba28017f7c1'],
  ])('normalises %s to %s', (image, want) => {
    const r = normalizeImageRef(image);
    expect(r.ok && r.normalized).toBe(want);
  });

  it.each([
    ['Nginx', 'Failed to apply default image tag "Nginx": couldn\'t parse image name "Nginx": invalid reference format: repository name (library/Nginx) must be lowercase'],
    ['nginx:', 'Failed to apply default image tag "nginx:": couldn\'t parse image name "nginx:": invalid reference format'],
    ['nginx::1', 'Failed to apply default image tag "nginx::1": couldn\'t parse image name "nginx::1": invalid reference format'],
    ['my image', 'Failed to apply default image tag "my image": couldn\'t parse image name "my image": invalid reference format'],
    ['nginx@sha256:abc', 'Failed to apply default image tag "nginx@sha256:abc": couldn\'t parse image name "nginx@sha256:abc": invalid reference format'],
  ])('rejects %s with the InvalidImageName message', (image, message) => {
    expect(applyDefaultImageTag(image)).toEqual({ ok: false, message });
  });

  it('adds the default tag only when there is neither tag nor digest', () => {
    expect(applyDefaultImageTag('nginx')).toEqual({ ok: true, image: 'nginx:latest' });
    expect(applyDefaultImageTag('nginx:alpine')).toEqual({ ok: true, image: 'nginx:alpine' });
  });
});
