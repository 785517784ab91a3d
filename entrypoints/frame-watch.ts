/**
 * In every frame from document_start (declared in the manifest by wxt.config.ts, with the
 * highlight stylesheet): in frames below the top one, waits for a number that could be a status
 * and then loads the reader (utils/page/frame.ts). The top frame has status-codes.js instead.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { watchFrame } from '../utils/page/frame.ts';

export default defineUnlistedScript(() => void watchFrame());
