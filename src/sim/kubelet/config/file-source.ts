// The static pod folder as a pod source: every manifest in it (names starting with a dot are
// ignored) decoded into a pod, re-read whenever the folder changes. Consumers get the whole set
// each time and diff it by UID, which is the file's hash: an edited file is a new pod.
// Models pkg/kubelet/config/file.go and file_linux.go (the inotify watch)

import type { FileSystem } from '../../../os/fs/file-system.ts';
import type { Watch } from '../../../os/fs/watch.ts';
import type { Pod } from '../../api/types.ts';
import { decodeStaticPod } from './decode-static-pod.ts';
import type { KubeletJournal } from './journal.ts';

export interface FileSourceOptions {
  fs: FileSystem;
  path: string;
  nodeName: string;
  now: () => number;
  journal: KubeletJournal;
  onPods(pods: Pod[]): void;
}

export class FileSource {
  private readonly o: FileSourceOptions;
  private watch?: Watch;
  /** When each file's current content was first seen, keyed by file and content hash. */
  private readonly seen = new Map<string, number>();
  private scheduled = false;

  constructor(options: FileSourceOptions) {
    this.o = options;
  }

  start(): void {
    const { fs, path, journal } = this.o;
    journal.info('file.go:68', 'Watching path', { path });
    try {
      this.watch = fs.watch(path, () => this.rescanSoon());
    } catch {
      journal.error('file.go:94', 'Unable to read config path', { path, err: `path does not exist, ignoring` });
    }
    this.scan();
  }

  stop(): void {
    this.watch?.close();
  }

  /** Several events from one save (create, then modify) become one read of the folder. */
  private rescanSoon(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    void Promise.resolve().then(() => {
      this.scheduled = false;
      this.scan();
    });
  }

  private scan(): void {
    const { fs, path, nodeName, journal } = this.o;
    let names: string[] = [];
    try {
      names = fs.readdir(path).sort();
    } catch {
      this.o.onPods([]);
      return;
    }
    const pods: Pod[] = [];
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const file = `${path.replace(/\/$/, '')}/${name}`;
      let text: string;
      try {
        if (fs.stat(file).type !== 'file') continue;
        text = fs.readFile(file);
      } catch {
        continue;
      }
      const key = `${file}\n${text}`;
      const seenAt = this.seen.get(key) ?? this.o.now();
      const decoded = decodeStaticPod(text, file, nodeName, seenAt);
      if (!decoded.ok) {
        journal.error('file.go:224', 'Could not process manifest file', { err: decoded.message, path: file });
        continue;
      }
      this.seen.set(key, seenAt);
      pods.push(decoded.pod);
    }
    this.o.onPods(pods);
  }
}
