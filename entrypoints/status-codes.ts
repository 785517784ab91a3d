/**
 * The content script, in every frame of every page from document_start (declared in the
 * manifest by wxt.config.ts, with the highlight stylesheet of each browser: highlights*.content.css).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runContentScript } from '../utils/page/main.ts';

export default defineUnlistedScript(() => void runContentScript());
