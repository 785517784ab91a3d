/** The English texts of a code on the wire and in frameworks (issue 20), part of en.ts. */
export const EN_SNIPPETS = {
  snippetsTitle: {
    message: 'On the wire and in code',
    description:
      'Detail section heading: the raw HTTP response of a code, and how Express, Spring, Django, FastAPI, Go, ASP.NET Core and nginx send it.',
  },
  snippetWire: {
    message: 'Raw response',
    description: 'Tab showing the response as sent over HTTP/1.1: status line, headers, body.',
  },
  snippetWireName: {
    message: 'the raw response',
    description: 'Inside “Copy {0}” and “Copied: {0}”, for the raw-response tab.',
  },
  snippetCode: {
    message: '{0} code',
    description:
      'Inside “Copy {0}” and “Copied: {0}”; {0} is a framework name such as Go or Spring.',
  },
  snippetCopy: {
    message: 'Copy',
    description: 'Visible label of the button that copies the snippet shown.',
  },
};
