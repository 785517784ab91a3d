import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../../utils/page/main.ts';
import './style.css';

// Chromium's build; Firefox has its own entrypoint with a stylesheet it can apply.
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_start',
  exclude: ['firefox'],
  main: runContentScript,
});
