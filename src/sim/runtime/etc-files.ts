// The files a kubelet and containerd write for every pod: /etc/hosts, /etc/hostname and
// /etc/resolv.conf. Models pkg/kubelet/kubelet_pods.go (managedHostsFileContent) and
// pkg/kubelet/network/dns/dns.go (ClusterFirst).

export interface HostAlias {
  ip: string;
  hostnames: string[];
}

export interface HostsOptions {
  ip: string;
  hostname: string;
  /** `<hostname>.<subdomain>.<namespace>.svc.<clusterDomain>` when the pod has a subdomain. */
  fqdn?: string;
  hostAliases?: HostAlias[];
}

export function hostsFile(o: HostsOptions): string {
  let s = '# Kubernetes-managed hosts file.\n'
    + '127.0.0.1\tlocalhost\n'
    + '::1\tlocalhost ip6-localhost ip6-loopback\n'
    + 'fe00::0\tip6-localnet\n'
    + 'fe00::0\tip6-mcastprefix\n'
    + 'fe00::1\tip6-allnodes\n'
    + 'fe00::2\tip6-allrouters\n';
  s += o.fqdn ? `${o.ip}\t${o.fqdn}\t${o.hostname}\n` : `${o.ip}\t${o.hostname}\n`;
  if (o.hostAliases && o.hostAliases.length > 0) {
    s += '\n# Entries added by HostAliases.\n';
    for (const a of o.hostAliases) s += `${a.ip}\t${a.hostnames.join('\t')}\n`;
  }
  return s;
}

/** A hostNetwork pod sees the node's own hosts file under a managed header. */
export function hostNetworkHostsFile(nodeHosts: string): string {
  return `# Kubernetes-managed hosts file (host network).\n${nodeHosts}`;
}

export interface DnsConfig {
  nameservers: string[];
  searches: string[];
  options: string[];
}

/** ClusterFirst: the cluster DNS service, namespace search paths and ndots:5. */
export function clusterFirstDns(namespace: string, clusterDomain = 'cluster.local', clusterDns = '10.96.0.10'): DnsConfig {
  return {
    nameservers: [clusterDns],
    searches: [`${namespace}.svc.${clusterDomain}`, `svc.${clusterDomain}`, clusterDomain],
    options: ['ndots:5'],
  };
}

export function resolvConf(dns: DnsConfig): string {
  let s = '';
  if (dns.searches.length > 0) s += `search ${dns.searches.join(' ')}\n`;
  for (const ns of dns.nameservers) s += `nameserver ${ns}\n`;
  if (dns.options.length > 0) s += `options ${dns.options.join(' ')}\n`;
  return s;
}
