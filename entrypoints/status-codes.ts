/**
 * The content script of the top frame, from document_start (declared in the manifest by
 * wxt.config.ts; the frames below it start with frame-watch.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runContentScript } from '../utils/page/main.ts';

export default defineUnlistedScript(
  () => void runContentScript(undefined, { settingsFirst: !import.meta.env.FIREFOX }),
);
