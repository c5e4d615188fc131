import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLessons } from '../../scripts/lessons.mjs';

describe('the course outline from lesson frontmatter', () => {
  const lessons = readLessons();

  it('has lessons in order, each naming labs that exist and embedding every one of them', () => {
    expect(lessons.map((l) => l.order)).toEqual([...lessons.map((l) => l.order)].sort((a, b) => a - b));
    for (const l of lessons) {
      const page = readFileSync(join('content', 'lessons', l.file), 'utf8');
      const embedded = [...page.matchAll(/<Lab id="([^"]+)"/g)].map((m) => m[1]);
      expect(embedded, l.file).toEqual(l.labs);
      for (const id of l.labs) {
        const file = join('labs', id, 'lab.yaml');
        expect(existsSync(file), `${l.file}: ${file}`).toBe(true);
        expect(/^lesson:\s*(\S+)/m.exec(readFileSync(file, 'utf8'))?.[1], file).toBe(l.file.replace(/\.mdx$/, ''));
      }
    }
  });

  it('gives every lab to exactly one lesson', () => {
    const owners = lessons.flatMap((l) => l.labs);
    expect(new Set(owners).size).toBe(owners.length);
  });

  it('names the file and the fix when an objective is not text', () => {
    const root = mkdtempSync(join(tmpdir(), 'podlab-outline-'));
    mkdirSync(join(root, 'content', 'lessons'), { recursive: true });
    writeFileSync(join(root, 'content', 'lessons', '01-x.mdx'), '---\ntitle: X\norder: 1\nobjectives:\n  - Set `restartPolicy: Always` on it.\n---\n');
    expect(() => readLessons(root)).toThrow('content/lessons/01-x.mdx: every item of objectives must be text (put quotes around a line that contains ": ")');
  });
});
