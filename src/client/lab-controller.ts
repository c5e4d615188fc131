// The heavy half of a lab: owns the lab for this tab, restores the saved work into the worker,
// starts the terminal, keeps the panel in step with grading, and saves as the learner works
// (after changes, when the tab is hidden, on pagehide). Loaded only when a lab is reached.

import { proxy } from 'comlink';
import type { SavedLab } from '../machine/lab-session.ts';
import type { LabEvent } from '../../workers/machine.worker.ts';
import { machineFor, restartMachine } from './page-machine.ts';
import { LabPanelView } from './lab-panel-view.ts';
import { TabLock } from './tab-lock.ts';
import { chooseRestore, claimLab, readLab, setAside, writeLab } from './lab-store.ts';

const PING_EVERY_MS = 3000;
const PING_TIMEOUT_MS = 6000;

interface TerminalElement extends HTMLElement {
  start(): Promise<unknown>;
}

/** `settled` is called once the lab is loaded, or when it waits on another tab. */
export async function startLab(root: HTMLElement, settled: () => void = () => {}): Promise<void> {
  const id = root.dataset.lab!;
  const view = new LabPanelView(root);
  // Each lab has a machine (a worker) of its own, keyed by its id.
  let machine = machineFor(id);
  let restarting = false;
  const lock = new TabLock(id);
  let latest: SavedLab | undefined;
  let writing = Promise.resolve();

  const persist = (saved: SavedLab): Promise<void> => {
    latest = saved;
    writing = writing.then(async () => {
      if (!lock.owned) return;
      if (await writeLab(id, lock.tab, saved)) {
        view.savedAt(Date.now());
        // The sidebar's lesson progress reads the store again.
        document.dispatchEvent(new CustomEvent('podlab:saved', { detail: { lab: id } }));
      } else lost();
    }).catch((e: unknown) => {
      console.error(e);
      view.notice('Your work could not be saved in this browser (storage is full or blocked). It stays on this page until you close it.');
    });
    return writing;
  };
  const saveNow = async () => {
    if (lock.owned) await persist(await machine.saveLab());
  };
  lock.beforeRelease = saveNow;

  const becomeOwner = async (): Promise<void> => {
    if ((await lock.acquire()) === 'busy') {
      view.setState('busy', 'Open in another tab');
      view.showBusy(true);
      settled();
      await new Promise<void>((resolve) => root.querySelector('[data-action="take-over"]')!.addEventListener('click', () => resolve(), { once: true }));
      view.showBusy(false);
      view.setState('connecting', 'Taking the lab over…');
      await lock.takeOver();
    }
    await claimLab(id, lock.tab);
  };

  // Both the channel and a refused save can say the lab was lost; the learner is asked once.
  let isLost = false;
  function lost(): void {
    if (isLost) return;
    isLost = true;
    view.setState('busy', 'Open in another tab');
    view.showBusy(true, 'You opened this lab in another tab, so this tab stopped saving. Work here again to continue from what the other tab saved.');
    void machine.setSpeed(0);
    root.querySelector('[data-action="take-over"]')!.addEventListener('click', () => void (async () => {
      view.showBusy(false);
      view.setState('connecting', 'Taking the lab over…');
      await lock.takeOver();
      await claimLab(id, lock.tab);
      isLost = false;
      const stored = await readLab(id);
      const choice = chooseRestore(stored.snapshot, stored.progress);
      const problem = choice.problem ?? (choice.saved ? await machine.restoreLab(choice.saved) : undefined);
      if (problem) view.notice(`The other tab's save could not be loaded (${problem}); you continue where this tab was.`);
      await machine.setSpeed(1);
      view.setState('ready', 'Lab ready');
    })(), { once: true });
  }
  lock.onLost(lost);

  view.setState('connecting', 'Starting the lab…');
  await becomeOwner();
  const stored = await readLab(id).catch(() => ({ snapshot: undefined, progress: undefined }));
  const choice = chooseRestore(stored.snapshot, stored.progress);
  const onEvent = proxy((e: LabEvent) => {
    if (e.type === 'progress') view.render(e.progress);
    else if (e.type === 'saved') void persist(e.saved);
  });
  const info = await machine.loadLab(id, choice.problem ? undefined : choice.saved, choice.problem ? undefined : choice.progress, onEvent);
  supervise();
  const problem = choice.problem ?? info.problem;
  if (problem !== undefined) {
    const key = await setAside(id, problem);
    view.notice(`Your saved work for this lab could not be restored: ${problem}. It was kept aside in this browser (under “${key}”) and the lab starts from the beginning.`);
  }
  view.render(info.progress);
  settled();
  view.setState('ready', info.restored ? 'Lab ready — your saved work is back' : 'Lab ready');
  await root.querySelector<TerminalElement>('podlab-terminal')!.start();
  if (!info.restored) await saveNow();

  addEventListener('pagehide', () => {
    if (latest && lock.owned) void writeLab(id, lock.tab, latest);
    void saveNow();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void saveNow();
  });

  root.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button || button.disabled) return;
    void act(button).catch((err: unknown) => {
      console.error(err);
      view.notice('Something went wrong talking to the lab. Reload the page; your saved work will come back.');
    });
  });

  // The worker is supervised: one that stops answering (a crash, a hang) is replaced by a new
  // one continuing from the last save, so at most the last few seconds are lost.
  function supervise(): void {
    setInterval(() => void (async () => {
      if (restarting || !lock.owned || document.visibilityState === 'hidden') return;
      const alive = await Promise.race([
        machine.ping().then(() => true, () => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), PING_TIMEOUT_MS)),
      ]);
      if (!alive && !restarting) await restart();
    })(), PING_EVERY_MS);
  }

  async function restart(): Promise<void> {
    restarting = true;
    view.setState('connecting', 'Restarting the lab…');
    machine = restartMachine(id);
    let from: unknown = latest;
    if (from === undefined) from = chooseRestore((await readLab(id)).snapshot, undefined).saved;
    const again = await machine.loadLab(id, from, undefined, onEvent);
    view.render(again.progress);
    view.notice(again.restored
      ? 'The lab stopped responding, so it was restarted from your last save. The last few seconds of work may be missing.'
      : `The lab stopped responding and its last save could not be used (${again.problem ?? 'there was none'}), so it restarted from the beginning.`);
    view.setState('ready', 'Lab ready');
    restarting = false;
  }

  async function act(button: HTMLButtonElement): Promise<void> {
    switch (button.dataset.action) {
      case 'check': {
        const p = await machine.check();
        view.render(p);
        view.announce(root.querySelector('.podlab-lab__summary')!.textContent ?? '');
        break;
      }
      case 'hint':
        view.render(await machine.revealHint(button.dataset.task!));
        button.closest('.podlab-task')?.querySelector<HTMLElement>('.podlab-task__hint-list li:last-child')?.focus();
        break;
      case 'solution':
        if (await view.confirm('Show the reference solution? Try the hints first: working it out is how the lab teaches.', 'Show solution')) {
          view.showSolution(await machine.solution());
        }
        break;
      case 'hide-solution':
        view.hideSolution();
        break;
      case 'reset':
        if (await view.confirm('Reset the lab? Your files, pods and task progress in this lab are cleared and it starts from the beginning.', 'Reset lab')) {
          view.setState('connecting', 'Resetting…');
          view.hideSolution();
          view.render(await machine.resetLab());
          await saveNow();
          view.setState('ready', 'Lab reset to its start');
          view.announce('The lab was reset to its start state.');
        }
        break;
    }
  }
}
