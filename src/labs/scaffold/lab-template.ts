// The lab `npm run new:lab` writes: small, complete and verifiable, with a comment on each part
// so an author can turn it into their own lab.

/** Why `id` cannot name a lab folder, or undefined when it can. */
export function labIdProblem(id: string | undefined): string | undefined {
  if (!id) return 'give the new lab an id, e.g. npm run new:lab -- my-app-pod';
  if (!/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(id)) return `"${id}" is not a lab id: use lower-case letters, digits and dashes (like a Kubernetes name)`;
  return undefined;
}

export function labTemplate(id: string, lesson?: string): string {
  const title = id.split('-').map((w, i) => (i === 0 ? w[0].toUpperCase() + w.slice(1) : w)).join(' ');
  return `# A lab: what the learner is asked to do, how the result is graded, hints, and a reference
# solution that \`npm run labs:verify\` plays to prove the lab works. Reference: docs/authoring-labs.md.
id: ${id}
title: ${title}
summary: Run your team's web Pod and record where it landed.
minutes: 10
# The lesson (content/lessons/<slug>.mdx) whose page embeds the lab with <Lab id="${id}" />.
lesson: ${lesson ?? '01-what-is-a-pod'}

# The cluster the lab starts from. Add objects (or broken ones to repair) and files here.
setup:
  nodes:
    - { name: controlplane, role: control-plane }
    - { name: node01, role: worker }

tasks:
  - id: run-web
    title: Run the web Pod
    text: |
      Create a Pod named \`web\` from the image \`nginx:alpine\` with the label \`team=platform\`,
      and wait until it is \`Running\`.
    # Checks grade the result, so any correct way of getting there passes.
    checks:
      - kind: object
        name: web
        want: the task needs a Pod named web
        fields:
          - path: spec.containers[*].image
            matches: '^nginx:alpine$'
            want: the Pod web should run the image nginx:alpine
          - path: metadata.labels.team
            matches: '^platform$'
            want: the Pod web needs the label team=platform
      - kind: pod
        name: web
        ready: 1/1
        status: Running
    hints:
      - "\`kubectl run\` creates a Pod; \`--labels\` sets its labels."
      - "\`kubectl run web --image=nginx:alpine --labels=team=platform\`"

  - id: record-node
    title: Record where it runs
    needs: [run-web]
    text: |
      Write the name of the node the Pod runs on into the file \`~/node.txt\`.
    checks:
      - kind: file
        path: node.txt
        contains: '^node01\\s*$'
        want: ~/node.txt should hold the node's name, from \`kubectl get pod web -o wide\`
    hints:
      - "\`kubectl get pod web -o wide\` shows the NODE column."
      - "\`kubectl get pod web -o jsonpath='{.spec.nodeName}' > ~/node.txt\`"

solution:
  steps:
    - task: run-web
      run: kubectl run web --image=nginx:alpine --labels=team=platform
      advance: 10s
    - task: record-node
      run: kubectl get pod web -o jsonpath='{.spec.nodeName}' > ~/node.txt
`;
}
