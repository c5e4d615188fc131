// The token of a projected serviceAccountToken source: a JWT shaped like the bound tokens the
// API server's TokenRequest issues. Nothing in the simulated cluster verifies its signature.
// Models pkg/serviceaccount/claims.go (claims) and jwt.go (the header)

import type { Pod } from '../../api/types.ts';
import { encodeBase64Text } from '../../../os/base64.ts';

const b64url = (s: string) => encodeBase64Text(s).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

export function serviceAccountToken(pod: Pod, audience: string, nowMs: number, expirationSeconds: number, signature: string): string {
  const iat = Math.floor(nowMs / 1000);
  const ns = pod.metadata.namespace ?? 'default';
  const sa = pod.spec.serviceAccountName ?? 'default';
  const header = { alg: 'RS256', kid: 'podlab-simulated-cluster' };
  const claims = {
    aud: [audience], exp: iat + expirationSeconds, iat, iss: 'https://kubernetes.default.svc.cluster.local',
    jti: signature.slice(0, 36),
    'kubernetes.io': { namespace: ns, node: { name: pod.spec.nodeName }, pod: { name: pod.metadata.name, uid: pod.metadata.uid }, serviceaccount: { name: sa } },
    nbf: iat, sub: `system:serviceaccount:${ns}:${sa}`,
  };
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}.${b64url(signature)}`;
}
