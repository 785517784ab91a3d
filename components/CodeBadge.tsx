/** A status code coloured by its class. */
export function CodeBadge({ code, size = 'normal' }: { code: number; size?: 'normal' | 'large' }) {
  return <span class={`code-badge class-${Math.floor(code / 100)} ${size}`}>{code}</span>;
}
