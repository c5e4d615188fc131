import { describe, it, expect } from 'vitest';
import { defaultAction, parseSignal, signalExitCode, signalOfExitCode } from '../../../src/os/process/signals.ts';

describe('signals', () => {
  it.each([
    ['SIGTERM', 'SIGTERM'],
    ['TERM', 'SIGTERM'],
    ['term', 'SIGTERM'],
    ['15', 'SIGTERM'],
    ['9', 'SIGKILL'],
    ['HUP', 'SIGHUP'],
    ['NOPE', undefined],
    ['99', undefined],
  ])('reads %j as %j', (spec, want) => {
    expect(parseSignal(spec)).toBe(want);
  });

  it('maps signals to the exit statuses shells report', () => {
    expect(signalExitCode('SIGINT')).toBe(130);
    expect(signalExitCode('SIGKILL')).toBe(137);
    expect(signalExitCode('SIGTERM')).toBe(143);
    expect(signalOfExitCode(137)).toBe('SIGKILL');
    expect(signalOfExitCode(1)).toBeUndefined();
  });

  it('ignores SIGCHLD and SIGWINCH by default but ends on INT, TERM, HUP, QUIT', () => {
    expect(defaultAction('SIGCHLD')).toBe('ignore');
    expect(defaultAction('SIGWINCH')).toBe('ignore');
    expect(['SIGINT', 'SIGTERM', 'SIGHUP'].map((s) => defaultAction(s as 'SIGINT'))).toEqual(['terminate', 'terminate', 'terminate']);
    expect(defaultAction('SIGQUIT')).toBe('core');
  });
});
