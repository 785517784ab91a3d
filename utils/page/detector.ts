/**
 * The detector as the page runs it: with the reader's sensitivity, the codes we can explain,
 * and what the page said about HTTP over every text read so far.
 */
import { detect, PageTally, type Sensitivity } from '../detector/detect.ts';
import { isKnownCode } from '../detector/phrase-table.ts';
import type { Match } from '../detector/types.ts';
import type { Detector } from './readings.ts';

export class PageDetector implements Detector {
  readonly #doc: Document;
  readonly #sensitivity: Sensitivity;
  #page: PageTally | undefined;

  constructor(doc: Document, sensitivity: Sensitivity) {
    this.#doc = doc;
    this.#sensitivity = sensitivity;
  }

  detect(text: string): Match[] {
    return detect(text, {
      sensitivity: this.#sensitivity,
      isKnown: isKnownCode,
      page: this.#tally(),
    });
  }

  /**
   * A table below a paragraph about an API is judged with that paragraph in mind, as the
   * detector was trained. Begun with the title once a text holds a number to judge: a page
   * without one never pays for it.
   */
  #tally(): PageTally {
    if (!this.#page) {
      this.#page = new PageTally();
      this.#page.read(this.#doc.title);
    }
    return this.#page;
  }
}
