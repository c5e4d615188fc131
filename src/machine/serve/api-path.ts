// Splits a kube-apiserver resource path into its parts: group version, namespace, resource, name
// and subresource, e.g. `/api/v1/namespaces/default/pods/web/log`.
// Models staging/src/k8s.io/apiserver/pkg/endpoints/request/requestinfo.go (NewRequestInfo)

export interface ApiPath {
  /** `v1` or `apps/v1`. */
  groupVersion: string;
  namespace?: string;
  resource: string;
  name?: string;
  subresource?: string;
}

export function parseApiPath(path: string): ApiPath | undefined {
  const parts = path.split('/').filter((p) => p !== '');
  let groupVersion: string;
  let rest: string[];
  if (parts[0] === 'api' && parts.length >= 3) {
    groupVersion = parts[1];
    rest = parts.slice(2);
  } else if (parts[0] === 'apis' && parts.length >= 4) {
    groupVersion = `${parts[1]}/${parts[2]}`;
    rest = parts.slice(3);
  } else {
    return undefined;
  }
  let namespace: string | undefined;
  // `namespaces/NAME/status` and `/finalize` are the namespace's own subresources.
  if (rest[0] === 'namespaces' && rest.length >= 3 && rest[2] !== 'status' && rest[2] !== 'finalize') {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  if (rest.length > 3) return undefined;
  return { groupVersion, namespace, resource: rest[0], name: rest[1], subresource: rest[2] };
}
