/**
 * The content script, in every frame of every page from document_start (declared in the
 * manifest by wxt.config.ts, with the highlight stylesheet of each browser:
 * highlights*.content.css). Chromium's top frame reads its settings first (utils/page/main.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runContentScript } from '../utils/page/main.ts';

export default defineUnlistedScript(() => {
  const frame = window !== window.top;
  void runContentScript(undefined, { frame, settingsFirst: !frame && !import.meta.env.FIREFOX });
});
