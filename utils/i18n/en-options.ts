/** The English texts of the options page (with their notes for translators), part of en.ts. */
export const EN_OPTIONS = {
  optionsTitle: { message: 'Settings', description: 'Options page title.' },
  optionLanguage: { message: 'Language', description: 'Options field.' },
  languageAuto: { message: 'Automatic (browser language)', description: 'Language choice.' },
  optionHighlight: {
    message: 'Highlight status codes on web pages',
    description: 'Options field.',
  },
  optionSensitivity: { message: 'Sensitivity', description: 'Options field.' },
  sensitivityBalanced: {
    message: 'Balanced: codes in any HTTP context (recommended)',
    description: 'Sensitivity choice.',
  },
  sensitivityStrict: {
    message: 'Strict: only unmistakable mentions such as “404 Not Found”',
    description: 'Sensitivity choice.',
  },
  optionDisabledSites: {
    message: 'Sites where highlighting is off',
    description: 'Options field.',
  },
  addSite: { message: 'Add', description: 'Button adding a site.' },
  removeSite: { message: 'Remove {0}', description: 'Button removing a site; {0} is the site.' },
  siteInvalid: {
    message: 'Enter a host name such as example.com.',
    description: 'Validation message.',
  },
  noDisabledSites: { message: 'None', description: 'Empty list of sites.' },
  optionTooltipDelay: { message: 'Tooltip delay', description: 'Options field.' },
  milliseconds: { message: '{0} ms', description: 'A duration; {0} is a number.' },
  saved: { message: 'Saved', description: 'Shown after a setting is stored.' },
  optionBadge: {
    message: 'Page status on the toolbar icon',
    description:
      'Options field: when the toolbar icon shows the status code of the page in the tab.',
  },
  badgeAuto: {
    message: 'When the page did not simply load: 3xx, 4xx, 5xx (recommended)',
    description: 'Badge choice: shown unless the page answered 2xx (or 304, its cached copy).',
  },
  badgeAlways: { message: 'Always, 2xx included', description: 'Badge choice.' },
  badgeNever: { message: 'Never', description: 'Badge choice.' },
};
