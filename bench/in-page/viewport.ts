/** Part of the load probe (`probe.ts`), run in the page: no imports. */

/**
 * Whether a range registered so far lies in the viewport, and the look that first saw one.
 * Geometry is read in an animation frame, where the browser lays out anyway, so the probe
 * never forces a layout the page would not have done. The time kept is the look's: when the
 * ranges were registered.
 */
export class ViewportWatch {
  readonly #prefix: string;
  /** Ranges per highlight already checked against the viewport. */
  readonly #checked = new Map<string, number>();
  #first: number | null = null;
  #pending = false;

  constructor(prefix: string) {
    this.#prefix = prefix;
  }

  /** The time of the first look whose ranges had one inside the viewport. */
  get first(): number | null {
    return this.#first;
  }

  /** A geometry read is waiting for its frame. */
  get pending(): boolean {
    return this.#pending;
  }

  /** Checks the ranges new since the last check, now (`inFrame`) or in the next frame. */
  check(at: number, inFrame: boolean): void {
    const batch = this.#newRanges();
    if (batch.length === 0) return;
    this.#pending = true;
    if (inFrame) this.#measure(batch, at);
    else requestAnimationFrame(() => this.#measure(batch, at));
  }

  /** At most 200 ranges not checked yet, and each highlight's ranges marked as checked. */
  #newRanges(): AbstractRange[] {
    const batch: AbstractRange[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith(this.#prefix)) continue;
      const skip = this.#checked.get(name) ?? 0;
      let i = 0;
      for (const r of highlight) {
        if (i >= skip) {
          if (batch.length >= 200) break;
          batch.push(r);
        }
        i++;
      }
      this.#checked.set(name, i);
    }
    return batch;
  }

  #measure(batch: readonly AbstractRange[], at: number): void {
    this.#pending = false;
    const range = document.createRange();
    for (const r of batch) {
      if (!r.startContainer.isConnected) continue;
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const box = range.getBoundingClientRect();
      if (
        box.width > 0 &&
        box.bottom > 0 &&
        box.top < innerHeight &&
        box.right > 0 &&
        box.left < innerWidth
      ) {
        this.#first ??= at;
        return;
      }
    }
  }
}
