// Fills the sidebar's lesson progress markers from this browser's saved progress: after load,
// and again whenever a lab on this page saves (lab-controller.ts says so with `podlab:saved`).
// The marker's visible text is short ("2/3 labs", "✓"); screen readers hear it in words.

import { readAllProgress } from './lab-store.ts';
import { lessonProgress, sidebarMarker } from './lesson-progress.ts';

interface LessonLabs {
  href: string;
  labs: string[];
}

const data = document.querySelector<HTMLElement>('[data-podlab-sidebar-progress]');
const lessons = JSON.parse(data?.dataset.podlabSidebarProgress ?? '[]') as LessonLabs[];
const links = lessons.map((l) => ({
  lesson: l,
  links: [...document.querySelectorAll<HTMLAnchorElement>(`.sidebar-content a[href="${CSS.escape(l.href)}"]`)],
}));

async function refresh(): Promise<void> {
  const records = await readAllProgress().catch(() => []);
  for (const { lesson, links: as } of links) {
    const marker = sidebarMarker(lessonProgress(lesson.labs, records));
    for (const a of as) {
      let badge = a.querySelector<HTMLElement>('.podlab-side-progress');
      if (!marker) {
        badge?.remove();
        continue;
      }
      if (!badge) {
        badge = document.createElement('span');
        badge.className = 'podlab-side-progress';
        badge.innerHTML = '<span aria-hidden="true"></span><span class="sr-only"></span>';
        a.append(badge);
      }
      badge.toggleAttribute('data-complete', marker.shown === '✓');
      badge.firstElementChild!.textContent = marker.shown;
      badge.lastElementChild!.textContent = `, ${marker.said}`;
    }
  }
}

if (links.length > 0) {
  void refresh();
  document.addEventListener('podlab:saved', () => void refresh());
}
