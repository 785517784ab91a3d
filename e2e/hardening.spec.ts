/**
 * Issue 18: what a hostile page, a sleeping worker and a long browser session can do to the
 * extension, one test per finding, each seen failing before its fix. One section per side.
 */
import { messagesHardening } from './hardening/messages.ts';
import { pageHardening } from './hardening/page.ts';
import { tabsHardening } from './hardening/tabs.ts';

messagesHardening();
tabsHardening();
// Last: its final test unloads the extension.
pageHardening();
