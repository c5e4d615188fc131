// The os layer's public surface, for code outside src/os (shell, runtime, tty, kubelet).

export * as paths from './path.ts';
export { Pipe, type Reader, type Writer } from './pipe.ts';
export { FsError, FS_ERROR_TEXT, isFsError, type FsErrorCode } from './fs/errors.ts';
export { ROOT, canAccess, hasCap, inGroup, mayAccess, type Access, type Cred } from './fs/cred.ts';
export { Tree, type TreeOptions } from './fs/tree.ts';
export {
  FileSystem, type MkdirOptions, type MountInfo, type MountSource, type Stats, type WriteOptions,
} from './fs/file-system.ts';
export { S_IFCHR, S_IFDIR, S_IFLNK, S_IFMT, S_IFREG, type DeviceKind, type InodeType } from './fs/inode.ts';
export type { Watch, WatchEvent, WatchListener } from './fs/watch.ts';
export { deserialize, restore, serialize, type SerializedNode, type SerializedTree } from './fs/serialize.ts';
export { Users, formatGroup, formatPasswd, parseGroup, parsePasswd, type GroupEntry, type PasswdEntry } from './users.ts';
export { Kernel, type KernelOptions, type ProcessInfo } from './process/kernel.ts';
export { Process, type Disposition, type ExitInfo, type ProcessState, type SignalHandler } from './process/process.ts';
export type { Program, ProcessContext, SpawnOptions } from './process/context.ts';
export { MemoryCgroup, type MemoryCgroupOptions } from './process/cgroup.ts';
export { OsError, ProcessExit, ProcessKilled, isProcessEnd, type OsErrorCode } from './process/errors.ts';
export {
  SIGNAL_NUMBERS, defaultAction, isCatchable, parseSignal, signalExitCode, signalOfExitCode,
  type Signal, type SignalAction,
} from './process/signals.ts';
export { sourceOf } from './process/streams.ts';
export { formatMode } from './fs/mode.ts';
export { createDevTree, type DevTreeOptions } from './fs/dev.ts';
