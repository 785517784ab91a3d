/**
 * The layering of the house, checked by `npm run lint:deps` (part of `npm run check` and `npm test`).
 * Each rule says what a folder may not import and why; `docs/structure.md` draws the layers.
 */
/** Tests and their helpers may reach anything they test with. */
const TESTS = '(\\.test\\.tsx?|/test-[^/]+)$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle makes a reader go round: break it with a leaf module of types.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'content-script-stays-small',
      severity: 'error',
      comment:
        'Code that runs in every web page (page, tooltip, detector) never loads the dataset, the ' +
        "interface strings or Preact: its text comes from the background, in the reader's language.",
      // The one exception: phrase-source.ts computes the detector's phrase table from data/, and the
      // build replaces it with that string (scripts/build/prebuilt-modules.ts).
      from: {
        path: '^(utils/(page|tooltip|detector)/|entrypoints/status-codes\\.ts$)',
        pathNot: [TESTS, '^utils/detector/phrase-source\\.ts$'],
      },
      to: { path: '^(data/|utils/i18n(\\.ts$|/)|components/|node_modules/preact)' },
    },
    {
      name: 'detector-is-pure',
      severity: 'error',
      comment:
        'The detector reads strings and returns matches: it touches no DOM and no browser API.',
      // Save phrase-source.ts, which the build turns into a string (see content-script-stays-small).
      from: { path: '^utils/detector/', pathNot: [TESTS, '^utils/detector/phrase-source\\.ts$'] },
      to: { pathNot: '^(utils/detector/|utils/status-class\\.ts)' },
    },
    {
      name: 'data-imports-nothing-of-ours',
      severity: 'error',
      comment: 'The dataset is plain typed data: it depends on nothing else of the project.',
      from: { path: '^data/', pathNot: TESTS },
      to: { path: '^(utils|components|entrypoints|scripts|bench)/' },
    },
    {
      name: 'utils-below-ui',
      severity: 'error',
      comment:
        'Feature modules do the work; components and entrypoints use them, never the reverse.',
      from: { path: '^utils/', pathNot: TESTS },
      to: { path: '^(components|entrypoints|scripts|bench|e2e)/' },
    },
    {
      name: 'components-below-entrypoints',
      severity: 'error',
      comment: 'Shared components know no page: each page root lives beside its entrypoint.',
      from: { path: '^components/', pathNot: TESTS },
      to: { path: '^(entrypoints|scripts|bench|e2e)/' },
    },
    {
      name: 'background-renders-nothing',
      severity: 'error',
      comment: 'The background worker has no document: no Preact, no components.',
      from: { path: '^(utils/background/|entrypoints/background\\.ts)', pathNot: TESTS },
      to: { path: '^(components/|node_modules/preact)' },
    },
    {
      name: 'product-never-imports-tools',
      severity: 'error',
      comment: 'Evaluation, bench and test helpers stay out of what ships.',
      from: { path: '^(utils|components|entrypoints|data)/', pathNot: TESTS },
      to: { path: '^(scripts|bench|e2e)/|\\.test\\.tsx?$|/test-[^/]+$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.output|\\.wxt|bench/\\.out)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
