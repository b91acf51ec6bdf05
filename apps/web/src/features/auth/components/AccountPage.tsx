import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/formatTime.js';
import { Button } from '../../../ui/Button.js';
import { Card } from '../../../ui/Card.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { TextField } from '../../../ui/Field.js';
import { CheckCircleIcon } from '../../../ui/icons.js';
import { KeyValueList } from '../../../ui/KeyValueList.js';
import { Page, PageGrid, PageHeader } from '../../../ui/Page.js';
import { useChangePassword, useSession } from '../hooks.js';
import { ROLE_DESCRIPTIONS } from '../roles.js';
import './AccountPage.css';

const MIN_PASSWORD = 12;

/** The signed-in user's own account: who they are, and their password. */
export function AccountPage() {
  const session = useSession().data;
  if (!session) return null;
  const { user } = session;
  return (
    <Page>
      <PageHeader title="Account" description="You, as Keel knows you." />
      <PageGrid minColumnWidth={360}>
        <Card title="Signed in">
          <KeyValueList
            items={[
              { label: 'Username', value: user.username, mono: true },
              { label: 'Role', value: `${user.role}: ${ROLE_DESCRIPTIONS[user.role]}` },
              {
                label: 'Session ends',
                value: session.expiresAt ? formatDateTime(session.expiresAt) : 'with the token',
              },
              {
                label: 'API tokens',
                value: <Link to="/admin/tokens">Your tokens</Link>,
              },
            ]}
          />
        </Card>
        <ChangePasswordCard />
      </PageGrid>
    </Page>
  );
}

function ChangePasswordCard() {
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

  return (
    <Card title="Change password">
      <form className="account__form" onSubmit={submit} noValidate data-testid="change-password">
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={current}
          error={checked && !current ? 'Enter your current password.' : undefined}
          onChange={(event) => setCurrent(event.target.value)}
        />
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          value={fresh}
          hint={`At least ${MIN_PASSWORD} characters; a few words make a good one.`}
          error={checked && tooShort ? `Use at least ${MIN_PASSWORD} characters.` : undefined}
          onChange={(event) => setFresh(event.target.value)}
        />
        <TextField
          label="New password again"
          type="password"
          autoComplete="new-password"
          value={repeat}
          error={checked && !tooShort && differs ? 'The two passwords differ.' : undefined}
          onChange={(event) => setRepeat(event.target.value)}
        />
        {change.isError && <ErrorBanner title="Password not changed" error={change.error} />}
        {change.isSuccess && (
          <p className="account__done" role="status">
            <CheckCircleIcon size={16} /> Password changed. Use the new one next time you sign in.
          </p>
        )}
        <div>
          <Button type="submit" variant="primary" busy={change.isPending}>
            Change password
          </Button>
        </div>
      </form>
    </Card>
  );
}
