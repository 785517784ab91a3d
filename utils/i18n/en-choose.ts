/** The English texts of the guided choice of a status code (issue 20), part of en.ts. */
export const EN_CHOOSE = {
  chooseJump: {
    message: 'Which code?',
    description:
      'The link to the guided choice of a code, in the reference page jump bar and the popup footer; short.',
  },
  chooseTitle: {
    message: 'Which status code should I return?',
    description: 'Heading of the guided choice on the reference page.',
  },
  chooseIntro: {
    message:
      'Answer a few questions about your situation; each answer narrows the choice until one code is left.',
    description: 'Line under the guided choice heading.',
  },
  chooseStep: {
    message: 'Question {0}',
    description: 'Above each question of the guided choice; {0} is its number, from 1.',
  },
  choosePath: {
    message: 'Your answers',
    description: 'Accessible label of the list of answers given so far (a breadcrumb).',
  },
  chooseChange: {
    message: 'Change the answer “{0}”',
    description:
      'Accessible name of a link back to a question already answered; {0} is the answer.',
  },
  chooseStartOver: {
    message: 'Start over',
    description: 'Button: back to the first question of the guided choice.',
  },
  chooseResult: {
    message: 'Send this code',
    description: 'Small label above the code the guided choice arrived at.',
  },
  chooseOpenDetail: {
    message: 'Everything about {0}',
    description: 'Link from the chosen code to its full entry; {0} is like “404 Not Found”.',
  },
};
