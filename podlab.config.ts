// The course's settings: name, look, where it is hosted, what it shows, and the cluster the
// learner gets. Every field is optional; `npm run build` checks them (src/config/config-schema.ts
// describes each one) and stops with the field and the reason when one is wrong.
import { definePodlabConfig } from './src/config/config-schema.ts';

export default definePodlabConfig({
  title: 'PodLab',
  description: 'Learn Kubernetes Pods with hands-on labs that run in your browser.',
  // Served from the root of its host; a team hosting it at https://intranet.example/onboarding/k8s/
  // sets base: '/onboarding/k8s/'.
  base: '/',
  // logo: { src: './public/logo.svg', alt: 'Acme', replacesTitle: false },
  // colors: { accent: '#8ab4f8', accentLight: '#1f4fb5' },
  // lessons: ['what-is-a-pod', 'pod-lifecycle'],   // all lessons, in frontmatter order, when omitted
  // cluster: { nodes: [{ name: 'controlplane', role: 'control-plane' }, { name: 'node01', cpu: '2', memory: '2Gi' }] },
  // images: [{ image: 'registry.example.com/team/hello:1.0', from: 'busybox:1.36', cmd: ['sh', '-c', 'echo hello; sleep 3600'] }],
});
