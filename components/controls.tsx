/** Form controls shared by the popup and the options page. */
import type { ComponentChildren } from 'preact';

/**
 * A checkbox announced as a switch (on/off), with its visible label; `label`, when the visible
 * text is a short form, is its full name (it must contain the visible text), also shown on hover.
 */
export function Switch(props: {
  readonly checked: boolean;
  readonly disabled?: boolean;
  readonly class: string;
  readonly label?: string | undefined;
  readonly onChange: (checked: boolean) => void;
  readonly children: ComponentChildren;
}) {
  return (
    <label class={props.class} title={props.label}>
      <input
        type="checkbox"
        role="switch"
        aria-label={props.label}
        aria-checked={props.checked}
        checked={props.checked}
        disabled={props.disabled ?? false}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <span>{props.children}</span>
    </label>
  );
}

/** One radio button per choice, labelled by the given text. */
export function Choices<T extends string>(props: {
  readonly name: string;
  readonly choices: readonly (readonly [T, string])[];
  readonly value: T;
  readonly onChange: (value: T) => void;
}) {
  return (
    <>
      {props.choices.map(([value, label]) => (
        <label key={value} class="choice">
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />
          {label}
        </label>
      ))}
    </>
  );
}
