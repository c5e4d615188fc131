// Loads image-contents.ts on first use. A pull awaits it along with its virtual pull time, so
// containers of pulled images find their layers and programs in place and start as they would
// have with everything loaded up front; images a node ships with (pause, the control plane)
// need nothing from it. Other layers add the parts containers need from them (the shell's
// lazily loaded tools) with addImageContents.

type Contents = typeof import('./image-contents.ts');

/** Something containers need in place before they run, loaded with the image contents. */
export interface ContentsPart {
  ready(): boolean;
  load(): Promise<unknown>;
}

let contents: Contents | undefined;
let loading: Promise<Contents> | undefined;
const parts = new Set<ContentsPart>();

export function addImageContents(part: ContentsPart): void {
  parts.add(part);
}

/** Fetches the image contents and every added part not yet loaded. */
export async function loadImageContents(): Promise<Contents> {
  const loaded = await (loading ??= import('./image-contents.ts').then((m) => (contents = m)));
  await Promise.all([...parts].filter((p) => !p.ready()).map((p) => p.load()));
  return loaded;
}

/** The loaded contents, or undefined before loadImageContents() resolved. */
export function imageContents(): Contents | undefined {
  return contents;
}

/** Whether the contents and every added part are loaded: a pull then has nothing to wait for. */
export function imageContentsReady(): boolean {
  return contents !== undefined && [...parts].every((p) => p.ready());
}
