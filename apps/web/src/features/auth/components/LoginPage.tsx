import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { LogoMark } from '../../../ui/LogoMark.js';
import { Button } from '../../../ui/Button.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { TextField } from '../../../ui/Field.js';
import { Spinner } from '../../../ui/Spinner.js';
import { useLogin, useSession } from '../hooks.js';
import { PasswordChangeFields, usePasswordChange } from './PasswordChange.js';
import { safeNext } from '../next.js';
import './LoginPage.css';

export function LoginPage() {
  const [params] = useSearchParams();
  const session = useSession();
  const next = safeNext(params.get('next'));

  let body;
  if (session.isPending) body = <Spinner label="Checking your session" />;
  else if (session.data?.user.mustChangePassword) body = <ChangePasswordForm />;
  else if (session.data) return <Navigate to={next} replace />;
  else body = <SignInForm />;

  return (
    <main className="login">
      <title>Sign in · Keel</title>
      <div className="login__panel" data-testid="login">
        <div className="login__brand">
          <LogoMark size={28} />
          <span>Keel</span>
        </div>
        {session.isError && <ErrorBanner title="Could not check your session" error={session.error} />}
        {body}
      </div>
    </main>
  );
}

function SignInForm() {
  const signIn = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) return setMissing(true);
    setMissing(false);
    signIn.mutate({ username: username.trim(), password });
  };

  return (
    <form className="login__form" onSubmit={submit} noValidate>
      <h1 className="login__title">Sign in</h1>
      <TextField
        label="Username"
        name="username"
        autoComplete="username"
        required
        autoFocus
        value={username}
        error={missing && !username.trim() ? 'Enter your username.' : undefined}
        onChange={(event) => setUsername(event.target.value)}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        error={missing && !password ? 'Enter your password.' : undefined}
        onChange={(event) => setPassword(event.target.value)}
      />
      {signIn.isError && <ErrorBanner title="Not signed in" error={signIn.error} />}
      <Button type="submit" variant="primary" busy={signIn.isPending}>
        Sign in
      </Button>
    </form>
  );
}

/** A one-time password (the first admin's, or one an admin set) must be replaced before anything else. */
function ChangePasswordForm() {
  const { change, submit, fields } = usePasswordChange();

  return (
    <form className="login__form" onSubmit={submit} noValidate>
      <h1 className="login__title">Choose your password</h1>
      <p className="login__note">You signed in with a one-time password. Replace it before you go on.</p>
      <PasswordChangeFields
        fields={fields}
        currentLabel="One-time password"
        currentMissing="Enter the password you signed in with."
      />
      {change.isError && <ErrorBanner title="Password not changed" error={change.error} />}
      <Button type="submit" variant="primary" busy={change.isPending}>
        Change password
      </Button>
    </form>
  );
}
