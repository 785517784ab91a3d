/** The English texts of the code detail and the reference page (issue 19), part of en.ts. */
export const EN_DETAIL = {
  copyGroup: { message: 'Copy', description: 'Accessible label of the row of copy buttons.' },
  copyDone: {
    message: 'Copied',
    description: 'A copy button for a moment after copying; short, the button keeps its width.',
  },
  copyAnnounce: {
    message: 'Copied: {0}',
    description: 'Said by screen readers after copying; {0} is what was copied.',
  },
  copyFailed: {
    message: 'Could not copy: the browser did not allow the clipboard.',
    description: 'Said by screen readers when the clipboard refused the text.',
  },
  copyMarkdown: {
    message: 'Markdown link',
    description: 'Copy button: a Markdown link such as [429 Too Many Requests](https://…).',
  },
  severalRegistered: {
    message: '{0} has {1} meanings: the registered one first, then the non-standard use by {2}.',
    description: '{0} is the code, {1} the number of meanings, {2} the vendors, as a list.',
  },
  severalUnregistered: {
    message: '{0} is not a registered code: {1} each use it with a meaning of their own.',
    description: 'A number only vendors use; {0} is the code, {1} the vendors, as a list.',
  },
  meaningsNav: {
    message: 'Meanings of {0}',
    description: 'Accessible label of the links to each meaning of a code; {0} is the code.',
  },
  registeredMeaning: {
    message: 'Registered meaning',
    description: 'Link to the meaning of a code that is in the IANA registry.',
  },
  jumpNav: {
    message: 'Jump to a section',
    description: 'Reference page: accessible label of the bar of links to each class and vendor.',
  },
  copyLink: { message: 'Copy link', description: 'Reference page: copies the link to one code.' },
  copyLinkTo: {
    message: 'Copy link to {0}',
    description: 'Accessible label of the copy-link button; {0} is the code and its name.',
  },
  copyLinkDone: {
    message: 'Link to {0} copied',
    description: 'Said by screen readers after copying a link; {0} is the code and its name.',
  },
};
