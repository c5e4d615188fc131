// What a lesson's Run and Save buttons type into the terminal. Shared with the lesson replay test
// (test/content/), so the test types exactly what a learner's click types.

/** The lines that save `content` to `~/<file>` through a quoted heredoc, so the shell expands nothing. */
export function saveFileScript(file: string, content: string): string {
  const body = content.endsWith('\n') ? content : `${content}\n`;
  let marker = 'EOF';
  // A delimiter that appears alone on a line of the file would end the heredoc early.
  for (let n = 1; body.split('\n').includes(marker); n++) marker = `EOF${n}`;
  const target = file.startsWith('/') || file.startsWith('~') ? file : `~/${file}`;
  return `cat <<'${marker}' > ${target}\n${body}${marker}\n`;
}

/** A script as keystrokes: each line ends with Enter, as if typed. */
export function asKeystrokes(script: string): string {
  const text = script.endsWith('\n') ? script : `${script}\n`;
  return text.replace(/\r?\n/g, '\r');
}
