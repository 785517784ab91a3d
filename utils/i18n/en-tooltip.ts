/** The English texts of the on-page tooltip (issue 19), part of en.ts. */
export const EN_TOOLTIP = {
  tooltipFormerly: {
    message: 'Formerly',
    description:
      'In the tooltip on a web page, before the former English names of a status code (413: Payload Too Large · Request Entity Too Large).',
  },
};
