import { describe, it, expect } from 'vitest';
import { boundingSet, capabilities, processArgs, processEnv, resolveUser } from '../../../src/sim/runtime/process-spec.ts';
import { hostsFile } from '../../../src/sim/runtime/etc-files.ts';
import { exitReason } from '../../../src/sim/runtime/oci-errors.ts';
import { rfc3339Nano } from '../../../src/sim/runtime/container-log.ts';

const nginx = { entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'] };

describe('the main process of a container', () => {
  it.each([
    ['the image alone', undefined, undefined, ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;']],
    ['args replacing CMD', undefined, ['nginx-debug'], ['/docker-entrypoint.sh', 'nginx-debug']],
    ['command replacing both', ['sleep'], undefined, ['sleep']],
    ['command and args', ['sh', '-c'], ['echo hi'], ['sh', '-c', 'echo hi']],
    ['an empty command as unset', [], undefined, ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;']],
  ])('builds argv from %s', (_name, command, args, want) => {
    expect(processArgs(nginx, command as string[] | undefined, args as string[] | undefined)).toEqual(want);
  });

  it('lets the pod override an image variable in place', () => {
    const env = processEnv(['PATH=/bin', 'NGINX_VERSION=1.27.3'], 'web', { NGINX_VERSION: '9', A: '1' }, '/root');
    expect(Object.entries(env)).toEqual([['PATH', '/bin'], ['HOSTNAME', 'web'], ['NGINX_VERSION', '9'], ['A', '1'], ['HOME', '/root']]);
  });

  const etc = {
    passwd: 'root:x:0:0:root:/root:/bin/sh\nnginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin\ncurl_user:x:100:101::/home/curl_user:/sbin/nologin\n',
    group: 'root:x:0:\nnginx:x:101:nginx\nwheel:x:10:root\n',
  };
  it.each([
    ['', {}, { uid: 0, gid: 0, groups: [0, 10], home: '/root' }],
    ['curl_user', {}, { uid: 100, gid: 101, groups: [101], home: '/home/curl_user' }],
    ['65535:65535', {}, { uid: 65535, gid: 65535, groups: [65535], home: '/' }],
    ['nginx', { uid: 1000 }, { uid: 1000, gid: 0, groups: [0], home: '/' }],
    ['', { uid: 101, gid: 3000, supplementalGroups: [2000] }, { uid: 101, gid: 3000, groups: [101, 2000, 3000], home: '/var/cache/nginx' }],
  ])('runs image user %j with %j as %j', (user, override, want) => {
    expect(resolveUser(user, override, etc)).toEqual({ ok: true, ...want });
  });

  it('fails for an image user its passwd does not know', () => {
    expect(resolveUser('app', {}, etc)).toEqual({ ok: false, message: 'unable to find user app: no matching entries in passwd file' });
  });

  it.each([
    [0, {}, 14, true],
    [0, { drop: ['ALL'] }, 0, false],
    [0, { drop: ['ALL'], add: ['NET_BIND_SERVICE'] }, 1, false],
    [0, { drop: ['CHOWN'] }, 13, false],
    [1000, { add: ['CHOWN'] }, 0, false],
  ])('gives uid %d with %j %d capabilities (CHOWN: %s)', (uid, opts, size, chown) => {
    const caps = capabilities(uid, opts);
    expect(caps.size).toBe(size);
    expect(caps.has('CHOWN')).toBe(chown);
  });

  it('gives a privileged container every capability, which only a root process holds', () => {
    expect([...capabilities(0, { privileged: true })]).toEqual(['ALL']);
    expect([...boundingSet({ privileged: true })]).toEqual(['ALL']);
    expect(capabilities(1000, { privileged: true }).size).toBe(0);
  });

  it.each([[0, false, 'Completed'], [1, false, 'Error'], [137, false, 'Error'], [137, true, 'OOMKilled']])('calls exit %d (oom %s) %s', (code, oom, reason) => {
    expect(exitReason(code, oom)).toBe(reason);
  });

  it('adds host aliases and a subdomain name to /etc/hosts', () => {
    const hosts = hostsFile({ ip: '10.244.1.5', hostname: 'web', fqdn: 'web.sub.default.svc.cluster.local', hostAliases: [{ ip: '1.2.3.4', hostnames: ['foo.local', 'bar.local'] }] });
    expect(hosts.split('\n').slice(7)).toEqual(['10.244.1.5\tweb.sub.default.svc.cluster.local\tweb', '', '# Entries added by HostAliases.', '1.2.3.4\tfoo.local\tbar.local', '']);
  });

  it('prints log times as Go\'s RFC3339Nano', () => {
    expect(rfc3339Nano(Date.UTC(2026, 0, 5, 9, 0, 3))).toBe('2026-01-05T09:00:03Z');
    expect(rfc3339Nano(Date.UTC(2026, 0, 5, 9, 0, 3, 120))).toBe('2026-01-05T09:00:03.12Z');
  });
});
