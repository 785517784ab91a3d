/**
 * The content script's reader in a frame below the top one, loaded by frame-watch.js once the
 * frame shows a number that could be a status (utils/page/frame.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runContentScript } from '../utils/page/main.ts';

export default defineUnlistedScript(() => void runContentScript(undefined, { seen: true }));
