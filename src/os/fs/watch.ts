// Change notification on directories, in the manner of inotify: a watcher on a folder hears
// about entries created, modified or deleted directly inside it (the kubelet watches
// /etc/kubernetes/manifests this way). Watches hang on the directory inode, so a folder shared
// between several FileSystems (a hostPath, an emptyDir) notifies whoever watches it from any
// of them. Events are delivered on a later microtask, never inside the writer's call.

import type { DirInode } from './inode.ts';

export type WatchEventType = 'create' | 'modify' | 'delete';

export interface WatchEvent {
  type: WatchEventType;
  /** The entry's name inside the watched folder. */
  name: string;
  /** The entry's path as the watcher named the folder. */
  path: string;
}

export type WatchListener = (event: WatchEvent) => void;

export interface Watch {
  close(): void;
}

interface Registration {
  dirPath: string;
  listener: WatchListener;
}

const registry = new WeakMap<DirInode, Set<Registration>>();

export function watchDir(dir: DirInode, dirPath: string, listener: WatchListener): Watch {
  let set = registry.get(dir);
  if (!set) registry.set(dir, (set = new Set()));
  const reg: Registration = { dirPath, listener };
  set.add(reg);
  return { close: () => { set.delete(reg); } };
}

export function notifyDir(dir: DirInode, type: WatchEventType, name: string): void {
  const set = registry.get(dir);
  if (!set || set.size === 0) return;
  for (const reg of [...set]) {
    const path = reg.dirPath === '/' ? `/${name}` : `${reg.dirPath}/${name}`;
    void Promise.resolve().then(() => {
      if (!set.has(reg)) return;
      // A watcher's bug must not break the write that triggered it.
      try { reg.listener({ type, name, path }); } catch { /* contained */ }
    });
  }
}
