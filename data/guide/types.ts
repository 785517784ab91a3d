/**
 * Types of the guidance data that goes beyond one code: comparisons of the codes developers
 * confuse, the guided choice of a code to send, and each common code on the wire and in
 * frameworks. Shown by the popup and the reference page, and read by the background's search
 * and address bar; never by the content script. Every sentence is our own wording.
 */
import type { SpecRef, VendorId } from '../types.ts';

/** Text in both languages. */
export interface Bilingual<T = string> {
  readonly en: T;
  readonly ko: T;
}

/**
 * Whose move it is when this code comes back, as a developer reading a log asks it.
 * - none: nothing went wrong (2xx, 3xx, 304).
 * - client: the request has to change (credentials, method, body, headers, URL).
 * - server: the server that answered failed or refuses for its own reasons.
 * - upstream: a server behind the one that answered (a gateway or proxy reports it).
 * - client-gone: the client gave up or closed the connection before the answer (nginx 499).
 */
export type Fault = 'none' | 'client' | 'server' | 'upstream' | 'client-gone';

/** What a client following a redirect does with the request's method and body. */
export type RedirectMethod = 'kept' | 'post-may-become-get' | 'becomes-get';

/** Who typically sends this code. */
export type Sender = 'app' | 'web-server' | 'proxy' | 'load-balancer' | 'cdn' | 'browser';

export interface ComparisonRowText {
  /** What the code means in this comparison's terms: one short sentence. */
  readonly meaning: string;
  /** When to send (or what to conclude from) this code rather than the others: one sentence. */
  readonly useWhen: string;
}

/** One code in a comparison. Cacheable and retry come from the code's own entry in `data/`. */
export interface ComparisonRow extends Bilingual<ComparisonRowText> {
  readonly code: number;
  /** Which meaning is compared when the number has several and it is not the registered one. */
  readonly vendor?: VendorId;
  readonly fault: Fault;
  /** Redirects only (301, 302, 303, 307, 308): what happens to the method when followed. */
  readonly method?: RedirectMethod;
  /** Who sends it, most typical first. */
  readonly senders: readonly [Sender, ...Sender[]];
}

export interface ComparisonText {
  /** Heading, naming the question: `401, 403 or 404: who you are, what you may, whether it exists`. */
  readonly title: string;
  /** The difference in one to three sentences. */
  readonly summary: string;
}

/** A group of codes developers confuse, compared side by side. */
export interface Comparison extends Bilingual<ComparisonText> {
  /** The codes in table order joined by hyphens (`401-403-404`); used in URLs. */
  readonly id: string;
  readonly rows: readonly [ComparisonRow, ComparisonRow, ...ComparisonRow[]];
  /** RFC 9110 sections and vendors' documentation the comparison rests on. */
  readonly sources: readonly [SpecRef, ...SpecRef[]];
}

// Snippets

/** Where a code is shown as code, in tab order: the raw response first, then each framework. */
export type SnippetTarget =
  'wire' | 'express' | 'spring' | 'django' | 'fastapi' | 'go' | 'aspnet' | 'nginx';

/** One way to send a code: the lines as a developer would paste them, and a caveat where needed. */
export interface Snippet {
  /** The raw response (status line, headers, blank line, body) or one to six lines of code. */
  readonly lines: readonly [string, ...string[]];
  /**
   * One sentence where the framework sends the code by itself, cannot really send it, or names
   * the constant differently across versions.
   */
  readonly note?: Bilingual;
}

/** A common code on the wire and in each framework. Code comments, if any, are English. */
export interface CodeSnippets {
  readonly code: number;
  readonly snippets: { readonly [T in SnippetTarget]: Snippet };
}

// Guided choice

/** The end of a path through the guided choice: the code to send and why. */
export interface ChoiceLeaf {
  readonly code: number;
  /** Why this code fits the answers given: one or two sentences. */
  readonly reason: Bilingual;
}

/** One answer to a question: its label, and the next question's id or the leaf it ends at. */
export interface ChoiceAnswer extends Bilingual {
  /** Short and unique among the question's answers; the URL joins them (`#choose/client/state`). */
  readonly id: string;
  readonly next: string | ChoiceLeaf;
}

export interface ChoiceQuestionText {
  readonly question: string;
  /** One line that helps to answer, where the question alone may not be enough. */
  readonly hint?: string;
}

/** A question about the situation; the answers narrow it down. */
export interface ChoiceQuestion extends Bilingual<ChoiceQuestionText> {
  /** Unique among the questions; the answers' `next` names it. */
  readonly id: string;
  readonly answers: readonly [ChoiceAnswer, ChoiceAnswer, ...ChoiceAnswer[]];
}
