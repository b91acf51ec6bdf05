import { AuditPage } from '../features/audit/components/AuditPage.js';
import { AccountPage } from '../features/auth/components/AccountPage.js';
import { RequireRole } from '../features/auth/components/RequireRole.js';
import { CredentialsPage } from '../features/credentials/components/CredentialsPage.js';
import { TokensPage } from '../features/tokens/components/TokensPage.js';
import { UsersPage } from '../features/users/components/UsersPage.js';

// The administration pages, loaded on first visit: most sessions are spent on clusters and jobs.

export function AdminUsers() {
  return (
    <RequireRole role="admin">
      <UsersPage />
    </RequireRole>
  );
}

export function AdminAudit() {
  return (
    <RequireRole role="admin">
      <AuditPage />
    </RequireRole>
  );
}

export function AdminCredentials() {
  return (
    <RequireRole role="admin">
      <CredentialsPage />
    </RequireRole>
  );
}

export { AccountPage, TokensPage };
