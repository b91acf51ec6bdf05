import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/formatTime.js';
import { Button } from '../../../ui/Button.js';
import { Card } from '../../../ui/Card.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { CheckCircleIcon } from '../../../ui/icons.js';
import { KeyValueList } from '../../../ui/KeyValueList.js';
import { Page, PageGrid, PageHeader } from '../../../ui/Page.js';
import { useSession } from '../hooks.js';
import { PasswordChangeFields, usePasswordChange } from './PasswordChange.js';
import { ROLE_DESCRIPTIONS } from '../roles.js';
import './AccountPage.css';

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
  const { change, submit, fields } = usePasswordChange();

  return (
    <Card title="Change password">
      <p className="muted">
        Changing it signs you out everywhere else and revokes your API tokens (make new ones afterwards).
      </p>
      <form className="account__form" onSubmit={submit} noValidate data-testid="change-password">
        <PasswordChangeFields
          fields={fields}
          currentLabel="Current password"
          currentMissing="Enter your current password."
        />
        {change.isError && <ErrorBanner title="Password not changed" error={change.error} />}
        {change.isSuccess && (
          <p className="account__done" role="status">
            <CheckCircleIcon size={16} /> Password changed. Your other sessions have ended and your API tokens
            are revoked; this browser stays signed in.
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
