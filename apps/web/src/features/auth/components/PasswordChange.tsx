import { useState, type FormEvent } from 'react';
import { TextField } from '../../../ui/Field.js';
import { useChangePassword } from '../hooks.js';

/** The server's floor (shared schema: 12 characters); checked here too so the form can say so at once. */
export const MIN_PASSWORD = 12;

/** State and checks of a change-password form, shared by the one-time-password step and the Account page. */
export function usePasswordChange() {
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [fresh, setFresh] = useState('');
  const [repeat, setRepeat] = useState('');
  const [checked, setChecked] = useState(false);
  const tooShort = fresh.length < MIN_PASSWORD;
  const differs = fresh !== repeat;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!current || tooShort || differs) return;
    change.mutate(
      { currentPassword: current, newPassword: fresh },
      {
        onSuccess: () => {
          setCurrent('');
          setFresh('');
          setRepeat('');
          setChecked(false);
        },
      },
    );
  };

  const fields = { current, setCurrent, fresh, setFresh, repeat, setRepeat, checked, tooShort, differs };
  return { change, submit, fields };
}

/** The three password fields; `currentLabel` and `currentMissing` say which password the user signed in with. */
export function PasswordChangeFields({
  fields: f,
  currentLabel,
  currentMissing,
}: {
  fields: ReturnType<typeof usePasswordChange>['fields'];
  currentLabel: string;
  currentMissing: string;
}) {
  return (
    <>
      <TextField
        label={currentLabel}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        value={f.current}
        error={f.checked && !f.current ? currentMissing : undefined}
        onChange={(event) => f.setCurrent(event.target.value)}
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        value={f.fresh}
        hint={`At least ${MIN_PASSWORD} characters; a few words make a good one.`}
        error={f.checked && f.tooShort ? `Use at least ${MIN_PASSWORD} characters.` : undefined}
        onChange={(event) => f.setFresh(event.target.value)}
      />
      <TextField
        label="New password again"
        name="repeatPassword"
        type="password"
        autoComplete="new-password"
        required
        value={f.repeat}
        error={f.checked && !f.tooShort && f.differs ? 'The two passwords differ.' : undefined}
        onChange={(event) => f.setRepeat(event.target.value)}
      />
    </>
  );
}
