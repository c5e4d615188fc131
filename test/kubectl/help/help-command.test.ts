import { describe, expect, it } from 'vitest';
import { commands } from '../../../src/kubectl/commands/index.ts';
import { findTopic, quoteTopics } from '../../../src/kubectl/help/help-command.ts';

describe('findTopic', () => {
  it.each([
    [[], []],
    [['get'], ['get']],
    [['create', 'cm'], ['create', 'configmap']],
    [['create', 'secret', 'generic', 'extra'], ['create', 'secret', 'generic']],
    [['set', 'nosuch'], ['set']],
    [['nosuch'], undefined],
    [['rollout', 'status'], undefined],
  ])('finds %j as the command %j, as cobra\'s Find does', (words, path) => {
    expect(findTopic(commands(), words)).toEqual(path);
  });
});

describe('quoteTopics', () => {
  it.each([
    [['nosuch'], '[`nosuch`]'],
    [['a', 'b'], '[`a` `b`]'],
    [['a`b'], '["a`b"]'],
    [['tab\there'], '[`tab\there`]'],
    [['new\nline'], '["new\\nline"]'],
  ])('quotes %j as Go\'s %%#q does: %s', (words, quoted) => {
    expect(quoteTopics(words)).toBe(quoted);
  });
});
