// `{script, want}` tables for the sh language, checked against real bash by parity.test.ts.
// Scripts run with `bash -c` in an empty working directory; they only use echo/printf/cat/
// sleep/head/wc/yes and the shell itself.

export interface Want {
  stdout: string;
  stderr?: string;
  status?: number;
}

export interface Case {
  name: string;
  script: string;
  stdin?: string;
  want: Want;
}

export const QUOTING: Case[] = [
  { name: 'single and double quotes keep spaces', script: `echo 'a  b' "c  d" e\\ \\ f`, want: { stdout: 'a  b c  d e  f\n' } },
  { name: 'escapes inside double quotes', script: `echo "a\\"b" 'it'\\''s' "\\$x" "\\\\" "a\\nb"`, want: { stdout: 'a"b it\'s $x \\ a\\nb\n' } },
  { name: 'quoted star is not globbed', script: `x='*'; echo "$x" '*' \\*`, want: { stdout: '* * *\n' } },
  { name: 'line continuation joins words', script: 'echo a\\\nb', want: { stdout: 'ab\n' } },
  { name: 'comments are skipped', script: 'echo a # not this\n# nor this\necho b#c', want: { stdout: 'a\nb#c\n' } },
  { name: 'adjacent quoted parts make one word', script: `x=1; echo "a"'b'$x"$x"c`, want: { stdout: 'ab11c\n' } },
];

export const PARAMETERS: Case[] = [
  { name: 'length and trimming', script: 'x=hello; echo ${#x} ${x%l*} ${x%%l*} ${x#h*l} ${x##*l}', want: { stdout: '5 hel he lo o\n' } },
  { name: 'defaults and assignment', script: 'echo ${u:-d} ${u-e} ${u:=f} $u; e=; echo ${e:-x} ${e-y}.', want: { stdout: 'd e f f\nx .\n' } },
  { name: 'alternate value', script: 'x=1; echo ${x:+set} ${y:+set}.', want: { stdout: 'set .\n' } },
  { name: 'paths with patterns', script: 'x=a/b/c.txt; echo ${x##*/} ${x%.*} ${x#*/}', want: { stdout: 'c.txt a/b/c b/c.txt\n' } },
  { name: 'pattern replacement', script: 'x=a-b-c; echo ${x/-/+} ${x//-/+}', want: { stdout: 'a+b-c a+b+c\n' } },
  { name: '"$@" keeps arguments, $* splits them', script: 'set -- a "b c" d; echo $#; for a in "$@"; do echo "[$a]"; done; for a in $*; do echo "<$a>"; done; echo "$*"', want: { stdout: '3\n[a]\n[b c]\n[d]\n<a>\n<b>\n<c>\n<d>\na b c d\n' } },
  { name: 'positional parameters past nine need braces', script: 'set -- 1 2 3 4 5 6 7 8 9 10; echo $1 $9 ${10} $10', want: { stdout: '1 9 10 10\n' } },
  { name: '"$@" with no arguments is no word', script: 'set --; for a in "$@"; do echo x; done; echo end', want: { stdout: 'end\n' } },
  { name: '$0 is the shell name', script: 'echo $0', want: { stdout: 'bash\n' } },
  { name: '${x?} stops the script', script: 'echo ${x?is unset}; echo after', want: { stdout: '', stderr: 'bash: line 1: x: is unset\n', status: 127 } },
  { name: 'set -u stops on unset variables', script: 'set -u; echo $nope; echo after', want: { stdout: '', stderr: 'bash: line 1: nope: unbound variable\n', status: 127 } },
  { name: '$? after success and failure', script: 'true; echo $?; false; echo $?', want: { stdout: '0\n1\n' } },
  { name: '$# in functions', script: 'f() { echo $# $1; }; f x y', want: { stdout: '2 x\n' } },
  { name: 'tilde expands to HOME', script: 'HOME=/home/x; echo ~ ~/a "~" a~', want: { stdout: '/home/x /home/x/a ~ a~\n' } },
];

export const ARITHMETIC: Case[] = [
  { name: 'precedence', script: 'echo $((1+2*3)) $((7/2)) $((7%3)) $((2**10)) $(( (1+2)*3 ))', want: { stdout: '7 3 1 1024 9\n' } },
  { name: 'bit operators', script: 'echo $((1<<4)) $((255>>2)) $((5&3)) $((5|3)) $((5^3)) $((~0)) $((!0))', want: { stdout: '16 63 1 7 6 -1 1\n' } },
  { name: 'comparisons and logic', script: 'echo $((3>2)) $((3<2)) $((2>=2)) $((1==1)) $((1!=1)) $((1&&0)) $((1||0))', want: { stdout: '1 0 1 1 0 0 1\n' } },
  { name: 'increments and assignments', script: 'i=5; echo $((i++)) $i $((++i)) $((i+=10)) $((i--)) $i', want: { stdout: '5 6 7 17 17 16\n' } },
  { name: 'ternary and number bases', script: 'echo $((1?2:3)) $((0?2:3)) $((0x1f)) $((010)) $((2#101)) $((-3/2))', want: { stdout: '2 3 31 8 5 -1\n' } },
  { name: 'variables hold expressions', script: 'x=3; y=x+1; echo $((y*2)) $((z+1))', want: { stdout: '8 1\n' } },
  { name: '64-bit wraparound', script: 'echo $((9223372036854775807+1))', want: { stdout: '-9223372036854775808\n' } },
  { name: 'division by zero', script: 'echo $((1/0)); echo after', want: { stdout: '', stderr: 'bash: line 1: 1/0: division by 0 (error token is "0")\n', status: 1 } },
  { name: 'a failing expansion in a for list ends the script', script: 'for i in $((1/0)); do echo; done; echo after', want: { stdout: '', stderr: 'bash: line 1: 1/0: division by 0 (error token is "0")\n', status: 1 } },
  { name: 'a failing expansion in a case word ends the script', script: 'case $((1/0)) in x) echo x;; esac; echo after', want: { stdout: '', stderr: 'bash: line 1: 1/0: division by 0 (error token is "0")\n', status: 1 } },
  { name: 'comma operator', script: 'echo $((a=1, b=2, a+b))', want: { stdout: '3\n' } },
];

export const SUBSTITUTION: Case[] = [
  { name: 'command substitution in quotes keeps spaces', script: 'echo "$(echo "inner  spaces")"', want: { stdout: 'inner  spaces\n' } },
  { name: 'trailing newlines are removed', script: `x=$(printf 'a\\n\\n\\n'); echo "[$x]"`, want: { stdout: '[a]\n' } },
  { name: 'status of a substitution', script: 'x=$(exit 3); echo $?; echo $(false) $?', want: { stdout: '3\n1\n' } },
  { name: 'nesting and backquotes', script: 'echo $(echo $(echo deep)) `echo back` "`echo q`"', want: { stdout: 'deep back q\n' } },
  { name: 'unquoted substitution splits', script: 'for w in $(echo "a  b"); do echo "<$w>"; done', want: { stdout: '<a>\n<b>\n' } },
  { name: 'arithmetic inside substitution', script: 'echo $(( $(echo 4) * 2 ))', want: { stdout: '8\n' } },
];

export const SPLITTING: Case[] = [
  { name: 'blanks collapse', script: 'x="a  b   c"; for w in $x; do echo "<$w>"; done', want: { stdout: '<a>\n<b>\n<c>\n' } },
  { name: 'non-blank IFS keeps empty fields', script: 'IFS=:; x=a::b; for w in $x; do echo "<$w>"; done', want: { stdout: '<a>\n<>\n<b>\n' } },
  { name: 'empty variables vanish unless quoted', script: 'x=""; set -- $x; echo $#; set -- "$x"; echo $#', want: { stdout: '0\n1\n' } },
  { name: 'prefix and suffix around a split value', script: 'x="1 2"; for w in a${x}b; do echo "<$w>"; done', want: { stdout: '<a1>\n<2b>\n' } },
];

export const GLOBBING: Case[] = [
  { name: 'star, question mark and brackets', script: ': > a.txt; : > b.txt; : > c.log; echo *.txt; echo ?.log; echo [ab]*; echo [!a]*.txt', want: { stdout: 'a.txt b.txt\nc.log\na.txt b.txt\nb.txt\n' } },
  { name: 'no match leaves the word', script: 'echo *.none "*.txt"', want: { stdout: '*.none *.txt\n' } },
  { name: 'globs in variables expand unquoted', script: ': > x1; : > x2; p="x*"; echo $p "$p"', want: { stdout: 'x1 x2 x*\n' } },
  { name: 'hidden files need a dot', script: ': > .h; : > v; echo *; echo .h*', want: { stdout: 'v\n.h\n' } },
];

export const REDIRECTION: Case[] = [
  { name: 'write, append, read', script: 'echo hi > f; cat f; echo more >> f; cat f; cat < f', want: { stdout: 'hi\nhi\nmore\nhi\nmore\n' } },
  { name: 'to stderr', script: 'echo err >&2; echo out 1>&2', want: { stdout: '', stderr: 'err\nout\n' } },
  { name: '2>&1 into a pipe', script: '{ echo out; echo err >&2; } 2>&1 | cat', want: { stdout: 'out\nerr\n' } },
  { name: 'order of 2>&1 matters', script: '{ echo e >&2; } 2>&1 >/dev/null', want: { stdout: 'e\n' } },
  { name: 'errors to /dev/null', script: 'cat /nope 2>/dev/null; echo $?', want: { stdout: '1\n' } },
  { name: '&> sends both', script: '{ echo o; echo e >&2; } &> f; cat f', want: { stdout: 'o\ne\n' } },
  { name: 'missing input file', script: 'cat < /nope; echo $?', want: { stdout: '1\n', stderr: 'bash: line 1: /nope: No such file or directory\n' } },
  { name: 'missing directory for output', script: 'echo x > /nope/f; echo $?', want: { stdout: '1\n', stderr: 'bash: line 1: /nope/f: No such file or directory\n' } },
  { name: 'redirection on a compound command', script: 'for i in 1 2; do echo $i; done > f; cat f', want: { stdout: '1\n2\n' } },
  { name: 'here-string', script: 'cat <<< "a  b"', want: { stdout: 'a  b\n' } },
];

export const HEREDOCS: Case[] = [
  { name: 'expands parameters and substitutions', script: 'x=1\ncat <<EOF\n$x ${y:-d} $(echo s)\n\\$ \\` \\\\ "q"\nEOF', want: { stdout: '1 d s\n$ ` \\ "q"\n' } },
  { name: 'quoted delimiter is literal', script: "cat <<'EOF'\n$x `a` \\\nEOF", want: { stdout: '$x `a` \\\n' } },
  { name: 'dash strips leading tabs', script: 'cat <<-EOF\n\tindented\n\t\ttwice\n\tEOF', want: { stdout: 'indented\ntwice\n' } },
  { name: 'two heredocs on one line', script: 'cat <<A; cat <<B\none\nA\ntwo\nB', want: { stdout: 'one\ntwo\n' } },
  { name: 'heredoc into a pipe', script: 'cat <<EOF | cat\npiped\nEOF\necho after', want: { stdout: 'piped\nafter\n' } },
  { name: 'heredoc to a file', script: "cat <<'EOF' > pod.yaml\napiVersion: v1\nkind: Pod\nEOF\ncat pod.yaml", want: { stdout: 'apiVersion: v1\nkind: Pod\n' } },
];

export const CONTROL: Case[] = [
  { name: 'if, elif, else', script: 'for x in 1 2 3; do if [ $x = 1 ]; then echo one; elif [ $x = 2 ]; then echo two; else echo other; fi; done', want: { stdout: 'one\ntwo\nother\n' } },
  { name: 'while and until', script: 'i=0; while [ $i -lt 3 ]; do echo w$i; i=$((i+1)); done; until [ $i -eq 0 ]; do echo u$i; i=$((i-1)); done', want: { stdout: 'w0\nw1\nw2\nu3\nu2\nu1\n' } },
  { name: 'continue', script: 'for i in 1 2 3; do if [ $i = 2 ]; then continue; fi; echo $i; done', want: { stdout: '1\n3\n' } },
  { name: 'break out of two loops', script: 'for i in 1 2; do for j in a b; do [ $j = b ] && break 2; echo $i$j; done; done; echo end', want: { stdout: '1a\nend\n' } },
  { name: 'for without in walks the arguments', script: 'set -- x y; for a; do echo $a; done', want: { stdout: 'x\ny\n' } },
  { name: 'case with alternatives and classes', script: 'for w in apple banana cherry "*" zz; do case $w in a*|b*) echo ab;; [c-d]*) echo cd;; "*") echo star;; *) echo other;; esac; done', want: { stdout: 'ab\nab\ncd\nstar\nother\n' } },
  { name: 'case fallthrough with ;&', script: 'case a in a) echo 1;& b) echo 2;; c) echo 3;; esac', want: { stdout: '1\n2\n' } },
  { name: 'negation', script: '! false; echo $?; ! true; echo $?', want: { stdout: '0\n1\n' } },
  { name: 'and-or lists', script: 'true && echo yes || echo no; false && echo yes || echo no', want: { stdout: 'yes\nno\n' } },
  { name: 'subshells do not leak', script: 'x=outer; (x=inner; cd /; echo $x); echo $x', want: { stdout: 'inner\nouter\n' } },
  { name: 'groups share the shell', script: '{ x=group; }; echo $x', want: { stdout: 'group\n' } },
  { name: 'subshell exit status', script: '(exit 4); echo $?', want: { stdout: '4\n' } },
  { name: 'exit ends the script', script: 'echo a; exit 3; echo b', want: { stdout: 'a\n', status: 3 } },
  { name: 'a script ends with the last status', script: 'false', want: { stdout: '', status: 1 } },
  { name: 'while reads lines', script: 'while read line; do echo "<$line>"; done <<EOF\n1\ntwo words\nEOF', want: { stdout: '<1>\n<two words>\n' } },
  { name: 'multi-line program', script: 'n=0\nwhile true\ndo\n  n=$((n+1))\n  if [ $n -gt 2 ]\n  then\n    break\n  fi\ndone\necho $n', want: { stdout: '3\n' } },
];

export const FUNCTIONS: Case[] = [
  { name: 'recursion through substitution', script: 'fact() { if [ $1 -le 1 ]; then echo 1; else echo $(( $1 * $(fact $(( $1 - 1 ))) )); fi; }; fact 5', want: { stdout: '120\n' } },
  { name: 'local variables', script: 'f() { local x=in; echo $x; }; x=out; f; echo $x', want: { stdout: 'in\nout\n' } },
  { name: 'return status', script: 'f() { return 3; echo no; }; f; echo $?', want: { stdout: '3\n' } },
  { name: 'arguments are restored after a call', script: 'set -- a; f() { echo $1; }; f b; echo $1', want: { stdout: 'b\na\n' } },
  { name: 'function keyword', script: 'function g { echo g; }; g', want: { stdout: 'g\n' } },
  { name: 'functions in pipelines', script: 'up() { while read l; do echo "+$l"; done; }; printf "a\\nb\\n" | up', want: { stdout: '+a\n+b\n' } },
];

export const ASSIGNMENTS: Case[] = [
  { name: 'assignment before a builtin is temporary', script: 'x=1 true; echo "[$x]"', want: { stdout: '[]\n' } },
  { name: 'assignment before a program is in its environment', script: "FOO=1 bash -c 'echo $FOO'; echo \"[$FOO]\"", want: { stdout: '1\n[]\n' } },
  { name: 'export reaches children, plain variables do not', script: "export A=1; B=2; bash -c 'echo \"$A[$B]\"'", want: { stdout: '1[]\n' } },
  { name: 'export before assignment', script: "export C; C=3; bash -c 'echo $C'", want: { stdout: '3\n' } },
];

export const BUILTINS: Case[] = [
  { name: 'echo flags', script: "echo -n a; echo b; echo -e 'x\\ty'; echo -- -n", want: { stdout: 'ab\nx\ty\n-- -n\n' } },
  { name: 'printf reuses its format', script: "printf '%s-%d\\n' a 1 b 2", want: { stdout: 'a-1\nb-2\n' } },
  { name: 'printf widths', script: "printf '%5s|%-5s|%05d|%.2f\\n' ab cd 42 3.14159", want: { stdout: '   ab|cd   |00042|3.14\n' } },
  { name: 'printf conversions', script: "printf '%x %o %c %X %%\\n' 255 8 hello 255", want: { stdout: 'ff 10 h FF %\n' } },
  { name: 'read splits fields', script: "printf 'a b c\\nd\\n' | { read x y; echo \"$x|$y\"; read z; echo $z; }", want: { stdout: 'a|b c\nd\n' } },
  { name: 'read in a pipeline does not set the parent', script: "echo 'a b' | read x; echo \"[$x]\"", want: { stdout: '[]\n' } },
  { name: 'test numbers and strings', script: '[ 1 -lt 2 ] && echo lt; [ -z "" ] && echo z; [ a = b ]; echo $?; test ! -n ""; echo $?; [ a = a -a b = b ] && echo and', want: { stdout: 'lt\nz\n1\n0\nand\n' } },
  { name: 'test files', script: ': > f; [ -f f ] && echo f; [ -d / ] && echo d; [ -e nope ] || echo none; [ -s f ] || echo empty', want: { stdout: 'f\nd\nnone\nempty\n' } },
  { name: 'test integer error', script: '[ 1 -eq a ]; echo $?', want: { stdout: '2\n', stderr: 'bash: line 1: [: a: integer expression expected\n' } },
  { name: 'test missing bracket', script: '[ 1 = 1; echo $?', want: { stdout: '2\n', stderr: "bash: line 1: [: missing `]'\n" } },
  { name: 'eval', script: "eval 'x=5; echo $x'; cmd='echo hi'; eval \"$cmd there\"", want: { stdout: '5\nhi there\n' } },
  { name: 'eval in a subshell stays there', script: "(eval 'x=1'); echo \"[$x]\"; echo 'y=2' | while read l; do eval \"$l\"; done; echo \"[$y]\"", want: { stdout: '[]\n[]\n' } },
  { name: 'source', script: "echo 'y=7' > s.sh; . ./s.sh; echo $y", want: { stdout: '7\n' } },
  { name: 'shift', script: 'set -- a b c; shift; echo $@; shift 2; echo $#', want: { stdout: 'b c\n0\n' } },
  { name: 'command -v and type', script: 'command -v echo; type cd; f() { :; }; command -v f', want: { stdout: 'echo\ncd is a shell builtin\nf\n' } },
  { name: 'cd and pwd', script: 'cd /; pwd; cd /nope; echo $?', want: { stdout: '/\n1\n', stderr: 'bash: line 1: cd: /nope: No such file or directory\n' } },
  { name: 'unset', script: 'x=1; unset x; echo "[$x]"', want: { stdout: '[]\n' } },
  { name: 'readonly', script: 'readonly r=1; r=2; echo $r', want: { stdout: '', stderr: 'bash: line 1: r: readonly variable\n', status: 1 } },
  { name: 'set -e stops at a failure', script: 'set -e; false; echo no', want: { stdout: '', status: 1 } },
  { name: 'set -e ignores conditions', script: 'set -e; false || true; if false; then :; fi; ! true; echo ok', want: { stdout: 'ok\n' } },
  { name: 'set -x traces', script: "set -x; echo a 'b c'", want: { stdout: 'a b c\n', stderr: "+ echo a 'b c'\n" } },
  { name: 'exec redirections last for the rest of the script', script: 'exec 3>&1 > out 2>&1; echo a; echo b >&2; exec 1>&3; cat out', want: { stdout: 'a\nb\n' } },
  { name: 'trap on exit', script: "trap 'echo bye' EXIT; echo hi", want: { stdout: 'hi\nbye\n' } },
  { name: 'a trapped signal runs its trap once the current command ends', script: "trap 'echo got TERM' TERM; kill -TERM $$; echo after", want: { stdout: 'got TERM\nafter\n' } },
  { name: 'a trapped signal ends wait with 128 + its number', script: "trap 'echo trapped' USR1; sleep 10 & p=$!; (sleep 1; kill -USR1 $$) & wait $p; echo \"wait=$?\"; kill $p", want: { stdout: 'trapped\nwait=138\n' } },
  { name: 'command not found', script: 'nope; echo $?', want: { stdout: '127\n', stderr: 'bash: line 1: nope: command not found\n' } },
  { name: 'missing path', script: './nope; echo $?', want: { stdout: '127\n', stderr: 'bash: line 1: ./nope: No such file or directory\n' } },
  { name: 'background job and wait', script: 'sleep 1 & echo started; wait; echo done; (exit 3) & wait $!; echo $?', want: { stdout: 'started\ndone\n3\n' } },
  { name: 'kill a background job', script: 'sleep 100 & kill %1; wait %1; echo $?', want: { stdout: '143\n' } },
];

export const PIPELINES: Case[] = [
  { name: 'status of a pipeline is the last stage', script: 'false | true; echo $?; true | false; echo $?', want: { stdout: '0\n1\n' } },
  { name: 'an endless producer stops when the reader is done', script: 'yes | head -n 3', want: { stdout: 'y\ny\ny\n' } },
  { name: 'loops feed pipes', script: 'for i in 1 2 3; do echo $i; done | wc -l', want: { stdout: '3\n' } },
];

export const BASHISMS: Case[] = [
  { name: 'arithmetic command', script: 'i=0; while ((i < 3)); do ((i++)); echo $i; done; (( 0 )); echo $?', want: { stdout: '1\n2\n3\n1\n' } },
  { name: 'double-bracket test with patterns', script: 'x=web-1; [[ $x == web-* ]] && echo match; [[ $x == "web-*" ]] || echo literal; [[ -n $x && $x != db ]] && echo both; [[ abc =~ ^a.c$ ]] && echo re', want: { stdout: 'match\nliteral\nboth\nre\n' } },
  { name: 'double brackets do not split words', script: 'x="a b"; [[ $x = "a b" ]] && echo same', want: { stdout: 'same\n' } },
  { name: 'set -euo pipefail', script: 'set -euo pipefail; false | true; echo no', want: { stdout: '', status: 1 } },
  { name: 'set -f turns globbing off', script: ': > a; set -f; echo *; set +f; echo *', want: { stdout: '*\na\n' } },
  { name: 'LINENO', script: 'echo $LINENO\necho $LINENO', want: { stdout: '1\n2\n' } },
];

export const SYNTAX_ERRORS: Case[] = [
  { name: 'unexpected fi', script: 'if true; fi', want: { stdout: '', stderr: "bash: -c: line 1: syntax error near unexpected token `fi'\nbash: -c: line 1: `if true; fi'\n", status: 2 } },
  { name: 'unterminated quote', script: 'echo "abc', want: { stdout: '', stderr: 'bash: -c: line 1: unexpected EOF while looking for matching `"\'\n', status: 2 } },
  { name: 'missing fi', script: 'if true; then', want: { stdout: '', stderr: 'bash: -c: line 2: syntax error: unexpected end of file\n', status: 2 } },
  { name: 'double semicolon', script: 'echo ;;', want: { stdout: '', stderr: "bash: -c: line 1: syntax error near unexpected token `;;'\nbash: -c: line 1: `echo ;;'\n", status: 2 } },
  { name: 'earlier lines still run', script: 'echo first\ndone', want: { stdout: 'first\n', stderr: "bash: -c: line 2: syntax error near unexpected token `done'\nbash: -c: line 2: `done'\n", status: 2 } },
];

export const ALL: Record<string, Case[]> = {
  quoting: QUOTING, parameters: PARAMETERS, arithmetic: ARITHMETIC, substitution: SUBSTITUTION,
  splitting: SPLITTING, globbing: GLOBBING, redirection: REDIRECTION, heredocs: HEREDOCS,
  control: CONTROL, functions: FUNCTIONS, assignments: ASSIGNMENTS, builtins: BUILTINS,
  pipelines: PIPELINES, bashisms: BASHISMS, 'syntax errors': SYNTAX_ERRORS,
};
