// Loads image-contents.ts on first use. A pull awaits it along with its virtual pull time, so
// containers of pulled images find their layers and programs in place and start as they would
// have with everything loaded up front; images a node ships with (pause, the control plane)
// need nothing from it.

type Contents = typeof import('./image-contents.ts');

let contents: Contents | undefined;
let loading: Promise<Contents> | undefined;

/** Fetches the image contents once; later calls share the first fetch. */
export function loadImageContents(): Promise<Contents> {
  return (loading ??= import('./image-contents.ts').then((m) => (contents = m)));
}

/** The loaded contents, or undefined before loadImageContents() resolved. */
export function imageContents(): Contents | undefined {
  return contents;
}
