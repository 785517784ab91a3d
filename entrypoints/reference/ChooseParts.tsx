/**
 * The pieces of the guided choice: the question now asked with its answers, the code it arrived
 * at, and the trail of answers given, each a way back to change it.
 */
import type { Ref } from 'preact';
import type { ChoiceLeaf, ChoiceQuestion } from '../../data/guide/types.ts';
import type { StatusCode } from '../../data/types.ts';
import { CodeBadge } from '../../components/CodeBadge.tsx';
import { useLang, useT } from '../../components/lang.ts';
import { chooseHash, type ChoiceStep } from './choose-path.ts';

/** Goes to the state a path of answer ids names. */
export type Navigate = (path: readonly string[]) => void;

/** A same-page link that goes through `navigate`, so that tests need no real hash changes. */
function PathLink(props: {
  path: readonly string[];
  navigate: Navigate;
  label: string;
  text: string;
}) {
  return (
    <a
      href={chooseHash(props.path)}
      aria-label={props.label}
      onClick={(e) => {
        e.preventDefault();
        props.navigate(props.path);
      }}
    >
      {props.text}
    </a>
  );
}

export function ChooseTrail({
  steps,
  navigate,
}: {
  steps: readonly ChoiceStep[];
  navigate: Navigate;
}) {
  const tr = useT();
  const lang = useLang();
  const ids = steps.map((s) => s.answer.id);
  return (
    <nav class="choose-trail" aria-label={tr('choosePath')}>
      <ol>
        {steps.map((s, i) => (
          <li key={ids.slice(0, i + 1).join('/')}>
            <span class="choose-trail-question">{s.question[lang].question}</span>{' '}
            <PathLink
              path={ids.slice(0, i)}
              navigate={navigate}
              label={tr('chooseChange', s.answer[lang])}
              text={s.answer[lang]}
            />
          </li>
        ))}
      </ol>
    </nav>
  );
}

interface QuestionProps {
  readonly question: ChoiceQuestion;
  /** Its number on the way, from 1. */
  readonly number: number;
  readonly path: readonly string[];
  readonly navigate: Navigate;
  readonly headingRef: Ref<HTMLHeadingElement>;
}

export function ChooseQuestion({ question, number, path, navigate, headingRef }: QuestionProps) {
  const tr = useT();
  const lang = useLang();
  const { hint } = question[lang];
  const headingId = `choose-q-${question.id}`;
  return (
    <div class="choose-step" role="group" aria-labelledby={headingId}>
      <p class="choose-number">{tr('chooseStep', number)}</p>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {question[lang].question}
      </h3>
      {hint && <p class="choose-hint">{hint}</p>}
      <ul class="choose-answers">
        {question.answers.map((a) => (
          <li key={a.id}>
            <button type="button" data-answer={a.id} onClick={() => navigate([...path, a.id])}>
              {a[lang]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface ResultProps {
  readonly leaf: ChoiceLeaf;
  /** The code's entry in the dataset, for its name. */
  readonly entry: StatusCode | undefined;
  readonly headingRef: Ref<HTMLHeadingElement>;
}

export function ChooseResult({ leaf, entry, headingRef }: ResultProps) {
  const tr = useT();
  const lang = useLang();
  const meaning = entry?.meanings[0];
  const name = meaning?.[lang].name ?? '';
  return (
    <div class="choose-result" data-code={leaf.code}>
      <p class="choose-number">{tr('chooseResult')}</p>
      <h3 ref={headingRef} tabIndex={-1}>
        <CodeBadge code={leaf.code} size="large" /> <span class="name">{name}</span>
        {lang === 'ko' && meaning && (
          <span class="phrase" lang="en">
            {meaning.phrase}
          </span>
        )}
      </h3>
      <p class="choose-reason">{leaf.reason[lang]}</p>
      <a class="choose-detail" href={`#${leaf.code}`}>
        {tr('chooseOpenDetail', `${leaf.code} ${name}`)}
      </a>
    </div>
  );
}
