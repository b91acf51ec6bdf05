import type { ClusterDetail } from '@keel/shared';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../../ui/Button.js';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { TextField } from '../../../ui/Field.js';
import { TrashIcon } from '../../../ui/icons.js';
import { useHasRole } from '../../auth/hooks.js';
import { useRemoveCluster } from '../hooks.js';

export function RemoveClusterButton({ cluster }: { cluster: Pick<ClusterDetail, 'id' | 'name'> }) {
  const navigate = useNavigate();
  const remove = useRemoveCluster(cluster.id);
  const [asking, setAsking] = useState(false);
  const [typed, setTyped] = useState('');
  const isAdmin = useHasRole('admin');

  const cancel = () => {
    setAsking(false);
    setTyped('');
    remove.reset();
  };

  if (!isAdmin) return null;
  return (
    <>
      <Button
        variant="ghost"
        icon={<TrashIcon size={14} />}
        onClick={() => setAsking(true)}
        data-testid="remove-cluster"
      >
        Remove from Keel
      </Button>
      <ConfirmDialog
        open={asking}
        title={`Remove ${cluster.name} from Keel?`}
        confirmLabel="Remove from Keel"
        tone="danger"
        busy={remove.isPending}
        // As strong as a reinitialize: the name typed, so a stray Enter cannot remove it.
        confirmDisabled={typed !== cluster.name}
        onCancel={cancel}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate('/clusters') })}
        footer={remove.isError && <ErrorBanner title="The cluster was not removed" error={remove.error} />}
      >
        <p>Keel stops watching it and forgets its endpoints and database login.</p>
        <p>
          The cluster itself keeps running untouched: Patroni, PostgreSQL, etcd and HAProxy are not changed.
        </p>
        <TextField
          label={`Type ${cluster.name} to confirm`}
          value={typed}
          autoComplete="off"
          mono
          onChange={(event) => setTyped(event.target.value)}
          error={typed !== '' && typed !== cluster.name ? `That is not ${cluster.name}.` : undefined}
          data-testid="type-to-confirm"
        />
      </ConfirmDialog>
    </>
  );
}
