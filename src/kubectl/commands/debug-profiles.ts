// kubectl debug --profile: what each profile sets on the debugging container. `legacy` (the
// default, deprecated) changes nothing.
// Models staging/src/k8s.io/kubectl/pkg/cmd/debug/profiles.go (for ephemeral containers and copies).

import type { Container } from '../../sim/api/types.ts';

export const PROFILES = ['legacy', 'general', 'baseline', 'restricted', 'netadmin', 'sysadmin'];

export function applyProfile(profile: string, c: Container): void {
  switch (profile) {
    case 'general':
      c.securityContext = { ...c.securityContext, capabilities: { add: ['SYS_PTRACE'] } };
      break;
    case 'restricted':
      c.securityContext = {
        ...c.securityContext, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, runAsNonRoot: true,
        seccompProfile: { type: 'RuntimeDefault' },
      } as Container['securityContext'];
      break;
    case 'netadmin':
      c.securityContext = { ...c.securityContext, capabilities: { add: ['NET_ADMIN', 'NET_RAW'] } };
      break;
    case 'sysadmin':
      c.securityContext = { ...c.securityContext, privileged: true };
      break;
  }
}
