import { describe, it, expect } from 'vitest';
import type { Pod } from '../../../src/sim/api/types.ts';
import { newCluster, podBody } from './support.ts';

const cs = (p: Pod | undefined) => p!.status!.containerStatuses![0];

describe('kubelet: image pulls', () => {
  it('gives ErrImagePull then ImagePullBackOff for an unknown tag, with RESTARTS 0 and phase Pending', async () => {
    const c = await newCluster();
    c.create(podBody('bad', { containers: [{ name: 'bad', image: 'nginx:bad' }] }));
    await c.advance(1000);
    let st = cs(c.pod('bad'));
    expect(st.state?.waiting?.reason).toBe('ErrImagePull');
    const pullError = 'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:bad": failed to resolve reference "docker.io/library/nginx:bad": docker.io/library/nginx:bad: not found';
    expect(st.state?.waiting?.message).toBe(pullError);
    await c.advance(1000);
    st = cs(c.pod('bad'));
    expect(st.state?.waiting).toEqual({ reason: 'ImagePullBackOff', message: `Back-off pulling image "nginx:bad": ErrImagePull: ${pullError}` });
    expect(st).toMatchObject({ restartCount: 0, ready: false, image: 'nginx:bad', imageID: '' });
    expect(st.containerID).toBeUndefined();
    expect(c.pod('bad')!.status?.phase).toBe('Pending');
    expect(c.events('bad')).toEqual([
      'Normal Pulling Pulling image "nginx:bad"',
      `Warning Failed Failed to pull image "nginx:bad": ${pullError}`,
      'Warning Failed Error: ErrImagePull',
      'Normal BackOff Back-off pulling image "nginx:bad"',
      'Warning Failed Error: ImagePullBackOff',
    ]);
    // The next attempt comes when the 10 s back-off ends, then after 20 s, 40 s…
    await c.advance(9000);
    expect(cs(c.pod('bad')).state?.waiting?.reason).toBe('ImagePullBackOff');
    await c.advance(1000);
    expect(cs(c.pod('bad')).state?.waiting?.reason).toBe('ErrImagePull');
    await c.advance(120_000);
    expect(c.events('bad')[0]).toBe('Normal Pulling Pulling image "nginx:bad" (x4)');
  });

  it('marks a malformed reference InvalidImageName without pulling', async () => {
    const c = await newCluster();
    c.create(podBody('bad', { containers: [{ name: 'bad', image: 'Nginx' }] }));
    await c.advance(1000);
    expect(cs(c.pod('bad')).state?.waiting).toEqual({
      reason: 'InvalidImageName',
      message: 'Failed to apply default image tag "Nginx": couldn\'t parse image name "Nginx": invalid reference format: repository name (library/Nginx) must be lowercase',
    });
    expect(c.events('bad')[0]).toMatch(/^Warning InspectFailed Failed to apply default image tag "Nginx"/);
  });

  it('refuses to pull under imagePullPolicy Never', async () => {
    const c = await newCluster();
    c.create(podBody('never', { containers: [{ name: 'app', image: 'busybox:1.28', imagePullPolicy: 'Never' }] }));
    await c.advance(1000);
    expect(cs(c.pod('never')).state?.waiting).toEqual({ reason: 'ErrImageNeverPull', message: 'Container image "busybox:1.28" is not present with pull policy of Never' });
  });

  it('pulls again under imagePullPolicy Always even when the image is present', async () => {
    const c = await newCluster();
    c.create(podBody('a', { containers: [{ name: 'a', image: 'nginx' }] }));
    await c.advance(3000);
    c.create(podBody('b', { containers: [{ name: 'b', image: 'nginx' }] }));
    await c.advance(3000);
    expect(c.events('b')[0]).toBe('Normal Pulling Pulling image "nginx"');
  });
});
