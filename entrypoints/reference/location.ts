/** What the reference page's URL asks for: `#404` opens a code, `?q=…` fills the search. */
export interface ReferenceLocation {
  readonly target: number | undefined;
  readonly query: string;
}

export function parseReferenceLocation(hash: string, search: string): ReferenceLocation {
  const code = /^#(\d{3})$/u.exec(hash.trim());
  const query = new URLSearchParams(search).get('q') ?? '';
  return { target: code ? Number(code[1]) : undefined, query: query.slice(0, 200) };
}
