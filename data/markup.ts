/**
 * The dataset's only markup is `inline code` (the pages render it: components/inline-text.ts).
 * Where text cannot carry markup (the tooltip's plain text, the address bar), it is read plain.
 */
export const plainText = (text: string): string => text.replaceAll('`', '');
