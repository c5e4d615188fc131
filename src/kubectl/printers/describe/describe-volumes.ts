// The Volumes block of `kubectl describe pod`.
// Models kubectl pkg/describe/describe.go (describeVolumes and the print*VolumeSource helpers;
// the projected ConfigMap line is `Optional: false` since kubectl 1.33).

import type { Volume } from '../../../sim/api/types.ts';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type PrefixWriter } from './prefix-writer.ts';
import { canonicalQuantity } from './quantity.ts';

interface ProjectedSource {
  secret?: { name?: string; optional?: boolean };
  configMap?: { name?: string; optional?: boolean };
  downwardAPI?: unknown;
  serviceAccountToken?: { expirationSeconds?: number };
}

interface DownwardItem {
  path: string;
  fieldRef?: { fieldPath: string };
  resourceFieldRef?: { resource: string };
}

export function describeVolumes(volumes: Volume[] | undefined, w: PrefixWriter, space = ''): void {
  if (!volumes || volumes.length === 0) {
    w.write(LEVEL_0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(LEVEL_0, `${space}Volumes:\n`);
  for (const v of volumes) {
    w.write(LEVEL_1, `${space ? ' ' : ''}${v.name}:\n`);
    describeSource(v, w);
  }
}

function describeSource(v: Volume, w: PrefixWriter): void {
  if (v.hostPath) {
    w.write(LEVEL_2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${v.hostPath.path}\n    HostPathType:\t${v.hostPath.type ?? '<none>'}\n`);
  } else if (v.emptyDir) {
    const limit = v.emptyDir.sizeLimit !== undefined && canonicalQuantity(v.emptyDir.sizeLimit) !== '0' ? canonicalQuantity(v.emptyDir.sizeLimit) : '<unset>';
    w.write(LEVEL_2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ''}\n    SizeLimit:\t${limit}\n`);
  } else if (v.secret) {
    w.write(LEVEL_2, `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName}\n    Optional:\t${v.secret.optional === true}\n`);
  } else if (v.persistentVolumeClaim) {
    w.write(
      LEVEL_2,
      `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${v.persistentVolumeClaim.claimName}\n    ReadOnly:\t${v.persistentVolumeClaim.readOnly === true}\n`,
    );
  } else if (v.configMap) {
    w.write(LEVEL_2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name}\n    Optional:\t${v.configMap.optional === true}\n`);
  } else if (v.downwardAPI) {
    w.write(LEVEL_2, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n');
    for (const item of (v.downwardAPI.items ?? []) as DownwardItem[]) {
      if (item.fieldRef) w.write(LEVEL_3, `${item.fieldRef.fieldPath} -> ${item.path}\n`);
      if (item.resourceFieldRef) w.write(LEVEL_3, `${item.resourceFieldRef.resource} -> ${item.path}\n`);
    }
  } else if (v.projected) {
    w.write(LEVEL_2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
    for (const s of v.projected.sources as ProjectedSource[]) {
      if (s.secret) w.write(LEVEL_2, `SecretName:\t${s.secret.name ?? ''}\n    Optional:\t${s.secret.optional === true}\n`);
      else if (s.downwardAPI) w.write(LEVEL_2, 'DownwardAPI:\ttrue\n');
      else if (s.configMap) w.write(LEVEL_2, `ConfigMapName:\t${s.configMap.name ?? ''}\n    Optional:\t${s.configMap.optional === true}\n`);
      else if (s.serviceAccountToken) w.write(LEVEL_2, `TokenExpirationSeconds:\t${s.serviceAccountToken.expirationSeconds ?? 0}\n`);
    }
  } else {
    w.write(LEVEL_1, '<unknown>\n');
  }
}
