/**
 * The explainer (hover and tooltip), injected by the background into a page's frame the first
 * time its reader points at a code: it hands its factory to the content script there.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createExplainer } from '../utils/tooltip/explainer.ts';
import { offerExplainer } from '../utils/tooltip/slot.ts';

export default defineUnlistedScript(() => offerExplainer(createExplainer));
