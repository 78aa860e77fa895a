import type { ReactNode, Ref } from 'react';
import { CheckIcon } from '../../shared/icons';
import './choices.css';

export interface Choice<V extends string> {
  value: V;
  label: ReactNode;
  /** A second line under the label (the township, the office address). */
  detail?: ReactNode;
}

interface Props<V extends string> {
  /** The radios' name, also the base of the ids. */
  name: string;
  legend: ReactNode;
  choices: readonly Choice<V>[];
  value: V | null;
  onChange(value: V): void;
  hint?: ReactNode;
  error?: string | null;
  /** Short choices side by side (是 / 否, the relations); otherwise one big row each. */
  inline?: boolean;
  ref?: Ref<HTMLFieldSetElement>;
}

/**
 * One-tap choices as big tiles. Each tile is a native radio stretched over its whole label, so
 * the full tile is the touch target, and arrow keys and screen readers work as everywhere else.
 * The tick is drawn beside the words: chosen is never told by colour alone.
 */
export function ChoiceGroup<V extends string>({ name, legend, choices, value, onChange, hint, error, inline, ref }: Props<V>) {
  const ids = { hint: `${name}-hint`, error: `${name}-error` };
  const describedBy = [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset ref={ref} className={`choices${error ? ' field--error' : ''}`} aria-describedby={describedBy}>
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p className="field__hint" id={ids.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={ids.error}>
          {error}
        </p>
      )}
      <ul className={`choices__list${inline ? ' choices__list--inline' : ''}`}>
        {choices.map((c) => {
          const selected = value === c.value;
          return (
            <li key={c.value}>
              <label className={`choice${selected ? ' is-selected' : ''}`}>
                <input type="radio" className="choice__radio" name={name} value={c.value} checked={selected} onChange={() => onChange(c.value)} />
                <span className="choice__mark" aria-hidden="true">
                  {selected && <CheckIcon />}
                </span>
                <span className="choice__text">
                  <span className="choice__label">{c.label}</span>
                  {c.detail && <span className="choice__detail">{c.detail}</span>}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** Puts focus on the chosen radio of a group, or its first one (after a message about it). */
export function focusChoice(group: HTMLFieldSetElement | null): void {
  (group?.querySelector<HTMLInputElement>('input:checked') ?? group?.querySelector<HTMLInputElement>('input'))?.focus();
}
