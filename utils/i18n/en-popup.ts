/** The English texts the popup's list, keys and footer added (issue 19), part of en.ts. */
export const EN_POPUP = {
  readAsKoreanLayout: {
    message: 'Showing results for “{0}” (typed in the Korean layout)',
    description:
      'Above the results when the query was read as keys typed in the Korean keyboard layout; {0} is that reading, e.g. ㅋㅋㅋ for zzz.',
  },
  readAsEnglishLayout: {
    message: 'Showing results for “{0}” (typed in the English layout)',
    description:
      'Above the results when Hangul was read as keys typed in the English layout; {0} is that reading, e.g. not for ㅜㅐㅅ.',
  },
  readAsTypo: {
    message: 'Did you mean “{0}”? Showing results for it.',
    description: 'Above the results when typos were corrected; {0} is the corrected query.',
  },
  keyMove: { message: 'Move', description: 'Key hint after ↑ ↓.' },
  keyOpen: { message: 'Open', description: 'Key hint after Enter.' },
  keyCopy: { message: 'Copy', description: 'Key hint after ⌘C or Ctrl+C.' },
  keyClear: { message: 'Clear', description: 'Key hint after Esc while something is typed.' },
  keyClose: { message: 'Close', description: 'Key hint after Esc when nothing is typed.' },
  highlightLabel: {
    message: 'Highlight:',
    description: 'Before the popup footer’s switches: a site name, then “All sites”.',
  },
  highlightEverywhere: {
    message: 'All sites',
    description: 'Short visible label of the popup switch that highlights codes everywhere.',
  },
  highlightEverywhereFull: {
    message: 'Highlight codes on all sites',
    description: 'Full name of that switch; must contain its short label.',
  },
};
