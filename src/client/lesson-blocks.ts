// Buttons of lesson blocks (<Command>, <Manifest>): Run and Save type into the page's terminal,
// Copy puts the text on the clipboard. One delegated listener serves every block on the page.

import { asKeystrokes, saveFileScript } from './typed-text.ts';

interface TerminalElement extends HTMLElement {
  type(text: string): Promise<void>;
}

/** The terminal a block talks to: the closest one above it, else the first one below it. */
function terminalFor(block: Element): TerminalElement | null {
  const all = [...document.querySelectorAll<TerminalElement>('podlab-terminal')];
  const before = all.filter((t) => t.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING);
  return before.at(-1) ?? all[0] ?? null;
}

function announce(block: Element, message: string): void {
  const status = block.querySelector('[data-podlab-status]');
  if (!status) return;
  // Clearing first makes screen readers repeat a message that did not change.
  status.textContent = '';
  requestAnimationFrame(() => { status.textContent = message; });
}

async function copy(block: HTMLElement, text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(block, 'Copied to the clipboard.');
  } catch {
    announce(block, 'Copying is not allowed here: select the text and copy it by hand.');
  }
}

async function typeInto(block: HTMLElement, script: string, done: string): Promise<void> {
  const terminal = terminalFor(block);
  if (!terminal) {
    announce(block, 'This page has no terminal to run it in.');
    return;
  }
  terminal.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  await terminal.type(asKeystrokes(script));
  announce(block, done);
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-podlab-action]');
  const block = button?.closest<HTMLElement>('[data-podlab-block]');
  if (!button || !block) return;
  const text = block.dataset.text ?? '';
  switch (button.dataset.podlabAction) {
    case 'copy':
      void copy(block, text);
      break;
    case 'run':
      void typeInto(block, text, 'Sent to the terminal.');
      break;
    case 'save': {
      const file = block.dataset.file ?? 'file.yaml';
      void typeInto(block, saveFileScript(file, text), `Saved to ~/${file} in the terminal.`);
      break;
    }
  }
});
