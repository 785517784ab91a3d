/** The dataset's prose with its `code` as <code> and its header names linked to MDN. */
import { headerUrl } from './headers.ts';
import { inlinePieces } from './inline-text.ts';
import { useLang } from './lang.ts';

/** A header name as code, linked to MDN's page when MDN has one. */
export function HeaderName({ name, text = name }: { name: string; text?: string }) {
  const url = headerUrl(name, useLang());
  const code = <code class="header-name">{text}</code>;
  if (url === undefined) return code;
  return (
    <a class="header-link" href={url} target="_blank" rel="noreferrer">
      {code}
    </a>
  );
}

/** `links={false}` inside a control, such as a <summary>, where a link cannot go. */
export function InlineText({ text, links = true }: { text: string; links?: boolean }) {
  return (
    <>
      {inlinePieces(text).map((piece, i) =>
        piece.kind === 'text' ? (
          piece.text
        ) : piece.kind === 'code' || !links ? (
          <code key={i} class={piece.kind === 'header' ? 'header-name' : undefined}>
            {piece.text}
          </code>
        ) : (
          <HeaderName key={i} name={piece.name} text={piece.text} />
        ),
      )}
    </>
  );
}
