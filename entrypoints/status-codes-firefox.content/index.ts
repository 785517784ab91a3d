import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../../utils/page/main.ts';
import './style.css';

// Firefox's build: the same script, with highlight rules on every element (see style.css).
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_start',
  include: ['firefox'],
  main: runContentScript,
});
