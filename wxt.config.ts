import { preact } from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { prebuiltModules } from './scripts/build/prebuilt-modules.ts';

// Chromium gets MV3; Firefox gets WXT's default MV2 build from the same source, where
// `<all_urls>` content scripts work without a separate host-permission grant.
export default defineConfig({
  // Explicit imports everywhere: modules stay plain TypeScript that Node and vitest run as they are.
  imports: false,
  hooks: {
    // `imports: false` marks unimport disabled, but its Vite plugin ignores the mark and still
    // adds WXT's presets (`browser`, `storage`, …) to any file naming one, even in a regex or a
    // type. An empty list is what "no auto-imports" means for every file of ours.
    'config:resolved': (wxt) => {
      wxt.config.imports = { ...wxt.config.imports, imports: [], presets: [], dirs: [] };
    },
  },
  vite: () => ({
    plugins: [preact(), prebuiltModules()],
  }),
  // The sources archive Firefox reviewers build from: everything but generated pictures.
  zip: { excludeSources: ['docs/screenshots/**', 'bench/.out/**', 'assets/*.png'] },
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extName__' },
    // webRequest observes each tab's responses (nothing is blocked or changed); MV3 needs the
    // host permission to see them. contextMenus: "Explain HTTP status" on selected text. No
    // activeTab: the host permission already shows the popup the current tab's address.
    permissions: ['storage', 'webRequest', 'contextMenus'],
    host_permissions: ['<all_urls>'],
    // The browser, not only our code, keeps the extension's pages and worker off the network
    // (WXT writes the string Firefox's MV2 wants). Not in `wxt dev`, whose reload needs a socket.
    ...(command !== 'serve'
      ? {
          content_security_policy: {
            extension_pages: "default-src 'self'; connect-src 'none'; object-src 'none'",
          },
        }
      : {}),
    // Declared here rather than with defineContentScript, whose wrapper announces every start
    // to the page (docs/performance.md, _WXT's content script context_).
    content_scripts: [
      {
        matches: ['<all_urls>'],
        all_frames: true,
        run_at: 'document_start',
        js: ['status-codes.js'],
        css: [`content-scripts/highlights${browser === 'firefox' ? '-firefox' : ''}.css`],
      },
    ],
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
