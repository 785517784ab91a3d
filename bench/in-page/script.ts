/**
 * Code run inside a measured page reaches it as source text. Playwright serializes a function
 * alone, so a longer piece is written as several top-level parts (function declarations and
 * classes of this folder, which import no values) and shipped with them in one scope.
 */

/** A function declaration or a class, whose source text declares it under its own name. */
type PagePart = ((...args: never[]) => unknown) | (abstract new (...args: never[]) => unknown);

/** `main(arg)` as an expression, evaluated where `parts` are declared (and nowhere else). */
export function pageScript<A>(
  parts: readonly PagePart[],
  main: (arg: A) => unknown,
  arg: A,
): string {
  const declarations = parts.map((part) => {
    const source = String(part);
    if (!/^(?:async\s+)?function[\s*]|^class\s/.test(source))
      throw new Error(`${part.name} is neither a function declaration nor a class`);
    return source;
  });
  return `(() => {\n${declarations.join('\n')}\nreturn (${String(main)})(${JSON.stringify(arg)});\n})()`;
}
