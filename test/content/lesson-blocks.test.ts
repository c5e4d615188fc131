import { describe, expect, it } from 'vitest';
import { isExcerpt, lessonBlocks, normalise } from './lesson-blocks.ts';

describe('lessonBlocks', () => {
  it.each([
    ['<Command cmd="kubectl get pods" />', { cmd: 'kubectl get pods' }],
    ["<Command cmd=\"kubectl get pod -o jsonpath='{.status.phase}'\" />", { cmd: "kubectl get pod -o jsonpath='{.status.phase}'" }],
    ['<Command cmd="kubectl logs x" expectError />', { cmd: 'kubectl logs x', expectError: true }],
    ['<Command cmd="a" excerpt={true} after="30s" />', { cmd: 'a', excerpt: true, after: '30s' }],
    ['<Command\n  cmd="a"\n  output={`line 1\n  line \\`2\\``}\n/>', { cmd: 'a', output: 'line 1\n  line `2`' }],
  ])('reads the attributes of %j', (source, attrs) => {
    expect(lessonBlocks(source)).toEqual([{ tag: 'Command', attrs, line: 1 }]);
  });

  it('finds blocks in page order with their line numbers', () => {
    const source = 'text\n<Manifest file="pod.yaml" code={`kind: Pod\n`} />\n\n<Predict question="What?" cmd="x">\nwhy\n</Predict>\n';
    expect(lessonBlocks(source).map((b) => [b.tag, b.line])).toEqual([['Manifest', 2], ['Predict', 5]]);
  });

  it('refuses attributes that are not literal text', () => {
    expect(() => lessonBlocks('<Command cmd={name} />')).toThrow(/must be "text"/);
    expect(() => lessonBlocks('<Command cmd={`kubectl ${verb}`} />')).toThrow(/not literal text/);
  });
});

describe('output comparison', () => {
  it('ignores trailing blanks and blank last lines', () => {
    expect(normalise('a  \nb\n\n')).toEqual(['a', 'b']);
  });

  it('accepts an excerpt only with its lines in order', () => {
    expect(isExcerpt(['b', 'd'], ['a', 'b', 'c', 'd'])).toBe(true);
    expect(isExcerpt(['d', 'b'], ['a', 'b', 'c', 'd'])).toBe(false);
    expect(isExcerpt(['e'], ['a'])).toBe(false);
  });
});
