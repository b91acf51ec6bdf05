import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import './Field.css';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'children'> {
  label: string;
  /** Shown under the input until there is an error. */
  hint?: ReactNode;
  error?: string | undefined;
  /** Shown after the label for optional fields. */
  optional?: boolean;
  mono?: boolean;
}

/** A labelled input whose hint and error are tied to it for screen readers. */
export function TextField({
  label,
  hint,
  error,
  optional = false,
  mono = false,
  className,
  ...rest
}: TextFieldProps) {
  const id = useId();
  const noteId = `${id}-note`;
  const hasNote = error !== undefined || hint !== undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
        {/* Hidden from screen readers, which announce the required fields instead. */}
        {optional && (
          <span className="field__optional" aria-hidden="true">
            optional
          </span>
        )}
      </label>
      <input
        id={id}
        className={mono ? 'field__input mono' : 'field__input'}
        aria-invalid={error !== undefined || undefined}
        aria-describedby={hasNote ? noteId : undefined}
        {...rest}
      />
      {error !== undefined ? (
        <p className="field__error" id={noteId}>
          {error}
        </p>
      ) : (
        hint !== undefined && (
          <p className="field__hint" id={noteId}>
            {hint}
          </p>
        )
      )}
    </div>
  );
}

interface ChoiceOption<Value extends string> {
  value: Value;
  label: string;
}

interface SegmentedChoiceProps<Value extends string> {
  legend: string;
  name: string;
  value: Value;
  options: readonly ChoiceOption<Value>[];
  onChange: (value: Value) => void;
}

/** Radio buttons drawn as a segmented control: one choice out of a few, all visible. */
export function SegmentedChoice<Value extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: SegmentedChoiceProps<Value>) {
  return (
    <fieldset className="segmented">
      <legend className="field__label">{legend}</legend>
      <div className="segmented__options">
        {options.map((option) => (
          <label key={option.value} className="segmented__option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
