import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
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

/** Label, control, and the hint or error under it, tied together for screen readers. */
function FieldFrame({
  id,
  label,
  hint,
  error,
  optional,
  className,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  optional: boolean;
  className?: string | undefined;
  children: ReactNode;
}) {
  const noteId = `${id}-note`;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional && (
          <span className="field__optional" aria-hidden="true">
            optional
          </span>
        )}
      </label>
      {children}
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

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
}

export function SelectField({
  label,
  hint,
  error,
  optional = false,
  className,
  children,
  ...rest
}: SelectFieldProps) {
  const id = useId();
  const hasNote = error !== undefined || hint !== undefined;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional} className={className}>
      <select
        id={id}
        className="field__input field__select"
        aria-invalid={error !== undefined || undefined}
        aria-describedby={hasNote ? `${id}-note` : undefined}
        {...rest}
      >
        {children}
      </select>
    </FieldFrame>
  );
}

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  mono?: boolean;
}

export function TextAreaField({
  label,
  hint,
  error,
  optional = false,
  mono = false,
  className,
  ...rest
}: TextAreaFieldProps) {
  const id = useId();
  const hasNote = error !== undefined || hint !== undefined;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional} className={className}>
      <textarea
        id={id}
        className={mono ? 'field__input field__textarea mono' : 'field__input field__textarea'}
        aria-invalid={error !== undefined || undefined}
        aria-describedby={hasNote ? `${id}-note` : undefined}
        spellCheck={false}
        {...rest}
      />
    </FieldFrame>
  );
}

interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  label: ReactNode;
  hint?: ReactNode;
}

/** A checkbox with its label on the right and an optional line of explanation under it. */
export function CheckboxField({ label, hint, className, ...rest }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className={['checkbox', className].filter(Boolean).join(' ')}>
      <input
        id={id}
        type="checkbox"
        className="checkbox__input"
        aria-describedby={hint !== undefined ? `${id}-note` : undefined}
        {...rest}
      />
      <label htmlFor={id} className="checkbox__label">
        {label}
      </label>
      {hint !== undefined && (
        <p className="checkbox__hint" id={`${id}-note`}>
          {hint}
        </p>
      )}
    </div>
  );
}
