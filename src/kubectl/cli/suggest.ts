// "Did you mean this?" for an unknown command: names within Levenshtein distance 2, or that
// start with what was typed, in the order the commands were added.
// Models github.com/spf13/cobra/command.go (SuggestionsFor) and cobra.go (ld).

export function suggestionsFor(typed: string, names: readonly string[]): string[] {
  const t = typed.toLowerCase();
  return names.filter((n) => levenshtein(t, n.toLowerCase()) <= 2 || n.toLowerCase().startsWith(t));
}

export function levenshtein(s: string, t: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= s.length; i++) d.push([i, ...new Array<number>(t.length).fill(0)]);
  for (let j = 0; j <= t.length; j++) d[0][j] = j;
  for (let j = 1; j <= t.length; j++) {
    for (let i = 1; i <= s.length; i++) {
      d[i][j] = s[i - 1] === t[j - 1] ? d[i - 1][j - 1] : Math.min(d[i - 1][j], d[i][j - 1], d[i - 1][j - 1]) + 1;
    }
  }
  return d[s.length][t.length];
}
