// The shape of an image in the catalog, as plain data: teams add images by configuration
// (a JSON/YAML list of these), so nothing here is code. Filesystems are built from named base
// layers plus file entries; the programs a binary names live in a ProgramRegistry.

/** One entry of an image's filesystem. Paths are absolute; parents are created as needed. */
export type FileSpec =
  | { path: string; type: 'dir'; mode?: number; uid?: number; gid?: number }
  | { path: string; type: 'file'; content: string; mode?: number; uid?: number; gid?: number }
  /** An executable whose content names a built-in program (see src/os/exec.ts). */
  | { path: string; type: 'binary'; program: string; mode?: number; uid?: number; gid?: number }
  | { path: string; type: 'symlink'; target: string }
  /** Another name for the inode at `target` (busybox's applets are hard links). */
  | { path: string; type: 'hardlink'; target: string }
  /** Lines added to a file an earlier layer made (a package adding its user to /etc/passwd). */
  | { path: string; type: 'append'; content: string };

/** The image config a runtime reads (the OCI image config's `config` object). */
export interface ImageConfigSpec {
  /** `uid[:gid]`, a user name, or '' for root. */
  user: string;
  entrypoint?: string[];
  cmd?: string[];
  /** `NAME=value` pairs in the image's order (PATH first, as Dockerfiles give them). */
  env: string[];
  workingDir: string;
  stopSignal?: string;
  exposedPorts?: string[];
  labels?: Record<string, string>;
}

/** One image (one digest), reachable under one or more tags of a repository. */
export interface ImageSpec {
  /** `docker.io/library/nginx` */
  repository: string;
  tags: string[];
  /** The manifest digest (`sha256:<64 hex>`), as in `repo@sha256:…` and status.imageID. */
  repoDigest: string;
  /** The config digest (`sha256:<64 hex>`), the image id `crictl images` shows. */
  configDigest: string;
  /** Bytes, as containerd reports (the Pulled event's `Image size`). */
  sizeBytes: number;
  config: ImageConfigSpec;
  /** Named base layers (see base-layers.ts), applied in order, then `files`. */
  layers: string[];
  files: FileSpec[];
  /** Facts about the image: `version`, and `created` (RFC 3339, the mtime its files carry). */
  about?: Record<string, string>;
}

/** Registries and how they answer for a repository they do not have. */
export interface RegistrySpec {
  domain: string;
  /**
   * `denied`: Docker Hub's 401 (`pull access denied, repository does not exist…`);
   * `not-found`: a 404 like registry.k8s.io's.
   */
  missingRepository: 'denied' | 'not-found';
}
