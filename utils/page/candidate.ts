/**
 * What text must hold for the detector to find anything in it: a run of exactly three digits
 * from 100 to 599 (the detector's candidates, `detector/scan.ts`), or a class token (`4xx`).
 * Text without one is never judged, and a frame that shows none never starts the reader.
 */
const CANDIDATE = /(?<![0-9])[1-5][0-9]{2}(?![0-9])|[1-5][xX]{2}/;

export const mayHoldStatus = (text: string): boolean => CANDIDATE.test(text);
