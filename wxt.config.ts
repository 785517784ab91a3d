import { preact } from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// Chromium gets MV3; Firefox gets WXT's default MV2 build from the same source, where
// `<all_urls>` content scripts work without a separate host-permission grant.
export default defineConfig({
  // Explicit imports everywhere: modules stay plain TypeScript that Node and vitest run as they are.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // Our own content script context instead of WXT's (utils/page/context.ts says why).
    resolve: {
      alias: {
        'wxt/utils/content-script-context': fileURLToPath(
          new URL('utils/page/context.ts', import.meta.url),
        ),
      },
    },
  }),
  // The sources archive Firefox reviewers build from: everything but generated pictures.
  zip: { excludeSources: ['docs/screenshots/**', 'bench/.out/**', 'assets/*.png'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extName__' },
    // webRequest observes each tab's responses (nothing is blocked or changed); MV3 needs the
    // host permission to see them. contextMenus: "Explain HTTP status" on selected text.
    // scripting: the tooltip's code is injected into a page when its reader first points at a
    // code (utils/tooltip/slot.ts); the host permission already covers every page.
    permissions: ['storage', 'activeTab', 'webRequest', 'contextMenus', 'scripting'],
    host_permissions: ['<all_urls>'],
    omnibox: { keyword: 'http' },
    commands: {
      'next-status-code': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandNextCode__',
      },
    },
    // The CSS Custom Highlight API arrived in Chrome 105 and Firefox 140.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'http-status-explainer@extensions.local',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '105' }),
  }),
});
