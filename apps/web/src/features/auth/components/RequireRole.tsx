import type { Role } from '@keel/shared';
import type { ReactNode } from 'react';
import { EmptyState } from '../../../ui/EmptyState.js';
import { LockIcon } from '../../../ui/icons.js';
import { Page } from '../../../ui/Page.js';
import { useHasRole } from '../hooks.js';

/** A page for one role and above; others are told whose it is rather than shown a wall of refusals. */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  if (useHasRole(role)) return children;
  return (
    <Page>
      <EmptyState
        data-testid="role-required"
        icon={<LockIcon size={20} />}
        title={`This page is for ${role}s`}
        description="Your role does not include it. An admin can change your role on the Users page."
      />
    </Page>
  );
}
