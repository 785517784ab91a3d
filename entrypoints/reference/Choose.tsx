/**
 * "Which status code should I return?" on the reference page: one question at a time, the
 * answers given as a trail, and at the end the code to send with the reason. The path lives
 * in the URL (`#choose/client/identity`), so it can be linked to and Back undoes an answer.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { StatusCode } from '../../data/types.ts';
import { useT } from '../../components/lang.ts';
import { ChooseQuestion, ChooseResult, ChooseTrail, type Navigate } from './ChooseParts.tsx';
import { CHOOSE_ID, chooseHash, walkChoice } from './choose-path.ts';
import { syncHeadHeight } from './page.ts';
import './choose.css';

interface Props {
  /** The answer ids the URL names; undefined when the URL is about something else. */
  readonly path: readonly string[] | undefined;
  readonly all: readonly StatusCode[];
  readonly navigate?: Navigate;
}

const toHash: Navigate = (path) => {
  location.hash = chooseHash(path);
};

/**
 * Focus follows the URL: opened at `#choose`, the section's heading; after an answer, a step
 * back or a restored path, the heading of the question or result now shown.
 */
function useFocusOnPath(path: readonly string[] | undefined) {
  const title = useRef<HTMLHeadingElement>(null);
  const step = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const key = path?.join('/');
  useEffect(() => {
    const opening = first.current;
    first.current = false;
    if (key === undefined) return;
    const el = opening && key === '' ? title.current : step.current;
    if (!el) return;
    // Opening, the list above has just rendered: jump there at once, as `#404` does.
    syncHeadHeight();
    el.scrollIntoView({ block: opening ? 'start' : 'nearest' });
    el.focus({ preventScroll: true });
  }, [key]);
  return { title, step };
}

export function Choose({ path, all, navigate = toHash }: Props) {
  const tr = useT();
  const walk = walkChoice(path ?? []);
  const { title, step } = useFocusOnPath(path);
  const at = walk.at;
  return (
    <section class="choose" aria-labelledby={CHOOSE_ID}>
      <h2 id={CHOOSE_ID} ref={title} tabIndex={-1}>
        {tr('chooseTitle')}
      </h2>
      <p class="choose-intro">{tr('chooseIntro')}</p>
      {walk.steps.length > 0 && <ChooseTrail steps={walk.steps} navigate={navigate} />}
      {'leaf' in at ? (
        <ChooseResult
          leaf={at.leaf}
          entry={all.find((e) => e.code === at.leaf.code)}
          headingRef={step}
        />
      ) : (
        <ChooseQuestion
          question={at.question}
          number={walk.steps.length + 1}
          path={walk.path}
          navigate={navigate}
          headingRef={step}
        />
      )}
      {walk.steps.length > 0 && (
        <button type="button" class="choose-restart" onClick={() => navigate([])}>
          {tr('chooseStartOver')}
        </button>
      )}
    </section>
  );
}
