// Text props of lesson components (quiz questions, predict prompts) may mark code with backticks,
// as Markdown does; this splits them so the component renders <code> without any HTML in props.

export interface Segment {
  code: boolean;
  text: string;
}

export function inlineCode(text: string): Segment[] {
  return text.split('`').map((part, i) => ({ code: i % 2 === 1, text: part })).filter((s) => s.text !== '');
}
