// <podlab-cohort>: a team lead loads learners' completion records (file picker or drop) and sees
// them as a table. Everything stays in this page: nothing is uploaded, and nothing from a file is
// rendered as HTML (text only).

import type { LabOutline } from '../progress-file.ts';
import { cohortRows } from './cohort-table.ts';
import { MAX_RECORD_BYTES, type CompletionRecord } from './completion-record.ts';

class PodlabCohort extends HTMLElement {
  private records: CompletionRecord[] = [];

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[type="file"]')!;
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      input.value = '';
      void this.load(files);
    });
    const zone = this.querySelector<HTMLElement>('.podlab-cohort__drop')!;
    zone.addEventListener('dragover', (e) => {
      e.preventDefault();
      zone.dataset.over = '';
    });
    zone.addEventListener('dragleave', () => delete zone.dataset.over);
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      delete zone.dataset.over;
      void this.load([...(e.dataTransfer?.files ?? [])]);
    });
    this.querySelector('[data-action="clear"]')!.addEventListener('click', () => {
      this.records = [];
      this.render();
      this.say('Cleared the table.', []);
    });
  }

  private get outline(): LabOutline[] {
    return JSON.parse(this.dataset.outline ?? '[]') as LabOutline[];
  }

  private async load(files: File[]): Promise<void> {
    const { parseCompletionRecord } = await import('./completion-record.ts');
    const problems: string[] = [];
    let loaded = 0;
    for (const file of files) {
      if (file.size > MAX_RECORD_BYTES) {
        problems.push(`${file.name} was not loaded: it is ${Math.round(file.size / 1000)} kB, larger than any completion record.`);
        continue;
      }
      const r = parseCompletionRecord(await file.text(), file.name, this.outline);
      if (!r.ok) {
        problems.push(`${file.name} was not loaded: ${r.error}.`);
        continue;
      }
      // Loading the same file again replaces its row rather than adding a second one.
      this.records = [...this.records.filter((x) => x.file !== file.name), r.record];
      loaded++;
      if (r.record.ignored.length) problems.push(`${file.name}: left out labs this site does not have: ${r.record.ignored.join(', ')}.`);
    }
    this.render();
    this.say(`Loaded ${loaded} of ${files.length} ${files.length === 1 ? 'record' : 'records'}; the table has ${this.records.length}.`, problems);
  }

  private say(text: string, problems: string[]): void {
    this.querySelector('.podlab-cohort__message')!.textContent = text;
    const list = this.querySelector('.podlab-cohort__problems')!;
    list.replaceChildren(...problems.map((p) => Object.assign(document.createElement('li'), { textContent: p })));
  }

  private render(): void {
    const outline = this.outline;
    const table = this.querySelector<HTMLTableElement>('table')!;
    this.querySelector<HTMLElement>('.podlab-cohort__table')!.hidden = this.records.length === 0;
    this.querySelector<HTMLButtonElement>('[data-action="clear"]')!.hidden = this.records.length === 0;
    const cell = (tag: 'td' | 'th', text: string) => Object.assign(document.createElement(tag), { textContent: text });
    const body = cohortRows(this.records, outline).map((row) => {
      const tr = document.createElement('tr');
      const name = cell('th', row.learner);
      name.scope = 'row';
      name.title = row.file;
      tr.append(name, cell('td', `${row.done} of ${outline.length}`));
      for (const c of row.cells) {
        const td = cell('td', c.text);
        td.dataset.state = c.state;
        td.title = c.label;
        tr.append(td);
      }
      return tr;
    });
    table.tBodies[0].replaceChildren(...body);
  }
}

if (!customElements.get('podlab-cohort')) customElements.define('podlab-cohort', PodlabCohort);
