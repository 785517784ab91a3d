/**
 * The popup's first script: a classic script in the head of popup.html, run before the
 * popup's modules are fetched and compiled, so a sleeping worker wakes meanwhile
 * (docs/performance.md, _Round two_).
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { wakeWorker } from '../utils/popup-start.ts';

export default defineUnlistedScript(() => wakeWorker(browser.runtime));
