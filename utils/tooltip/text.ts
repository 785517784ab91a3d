/**
 * The tooltip's text, asked of the background (which holds the dataset) in the reader's
 * language, once per code. Kept per language: a language change only switches to that
 * language's text, fetching what it lacks; the highlights stay as they are.
 */
import type { ClassMark, Mark } from '../page/mark.ts';
import type { TooltipData, TooltipEntry } from '../protocol.ts';
import type { LanguageSetting } from '../settings.ts';
import type { ReferenceLink, TooltipContent } from './render.ts';

/** What the tooltip asks of the background. */
export interface TooltipBackend extends ReferenceLink {
  /** Tooltip text for these codes (none: only the class names and labels). */
  describe(codes: number[]): Promise<TooltipData>;
}

type Describe = TooltipBackend['describe'];

/** How a class mention reads on the page (`5xx`, `5XX`). */
const tokenOf = (mark: ClassMark): string =>
  mark.range.startContainer.textContent?.slice(
    mark.range.startOffset,
    mark.range.startOffset + 3,
  ) ?? `${mark.digit}xx`;

/** The text fetched in one language. */
class LanguageText {
  readonly #describe: Describe;
  readonly #entries = new Map<number, TooltipEntry>();
  readonly #pending = new Map<number, Promise<void>>();
  #meta: Omit<TooltipData, 'entries'> | undefined;
  #metaRequest: Promise<void> | undefined;

  constructor(describe: Describe) {
    this.#describe = describe;
  }

  /** What a mark's tooltip needs, asked for once. */
  prepare(mark: Mark): Promise<void> {
    return mark.kind === 'class' ? this.#fetchMeta() : this.#fetch([mark.code]);
  }

  async contentOf(mark: Mark): Promise<TooltipContent | undefined> {
    await this.prepare(mark);
    const meta = this.#meta;
    if (!meta) return undefined;
    const { linkLabel, lang } = meta;
    if (mark.kind === 'class') {
      const name = meta.classNames[mark.digit - 1] ?? '';
      return { classLabel: { token: tokenOf(mark), name }, linkLabel, lang };
    }
    const entry = this.#entries.get(mark.code);
    return entry && { entry, linkLabel, lang };
  }

  #fetch(codes: readonly number[]): Promise<void> {
    const wanted = codes.filter((c) => !this.#entries.has(c) && !this.#pending.has(c));
    if (wanted.length === 0)
      return Promise.all(codes.map((c) => this.#pending.get(c))).then(() => undefined);
    const done = (): void => {
      for (const c of wanted) this.#pending.delete(c);
    };
    const request = this.#describe(wanted).then((data) => {
      this.#meta = data;
      for (const e of data.entries) this.#entries.set(e.code, e);
      done();
    }, done);
    for (const c of wanted) this.#pending.set(c, request);
    return request;
  }

  /** A class mention (`5xx`) needs only the class names, which come with any answer. */
  #fetchMeta(): Promise<void> {
    if (this.#meta) return Promise.resolve();
    this.#metaRequest ??= this.#describe([]).then(
      (data) => void (this.#meta ??= data),
      () => void (this.#metaRequest = undefined),
    );
    return this.#metaRequest;
  }
}

export class TooltipText {
  readonly #describe: Describe;
  readonly #byLanguage = new Map<LanguageSetting, LanguageText>();
  #language: LanguageSetting;

  constructor(backend: Pick<TooltipBackend, 'describe'>, language: LanguageSetting) {
    this.#describe = (codes) => backend.describe(codes);
    this.#language = language;
  }

  /** The reader chose another language: from now on, text is that language's. */
  setLanguage(language: LanguageSetting): void {
    this.#language = language;
  }

  /** Asks for what a mark's tooltip needs now (while the pointer rests, before it shows). */
  prefetch(mark: Mark): void {
    void this.#current().prepare(mark);
  }

  /** A mark's tooltip, once its text is there; undefined when the background could not answer. */
  contentOf(mark: Mark): Promise<TooltipContent | undefined> {
    return this.#current().contentOf(mark);
  }

  #current(): LanguageText {
    let text = this.#byLanguage.get(this.#language);
    if (!text) {
      text = new LanguageText(this.#describe);
      this.#byLanguage.set(this.#language, text);
    }
    return text;
  }
}
