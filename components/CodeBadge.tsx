/** A status code coloured by its class. */
import { classOf } from '../utils/status-class.ts';

/** The CSS class that colours a code by its class (`class-4`; none outside 100–599). */
export function colourClass(code: number): string {
  const digit = classOf(code);
  return digit === undefined ? '' : `class-${digit}`;
}

export function CodeBadge({ code, size = 'normal' }: { code: number; size?: 'normal' | 'large' }) {
  return <span class={`code-badge ${colourClass(code)} ${size}`}>{code}</span>;
}
