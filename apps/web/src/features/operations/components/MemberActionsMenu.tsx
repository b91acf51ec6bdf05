import type { ClusterDetail, MemberState } from '@keel/shared';
import { MoreIcon } from '../../../ui/icons.js';
import { Menu } from '../../../ui/Menu.js';
import { memberActions } from '../memberActions.js';
import type { Operation } from '../operation.js';

interface MemberActionsMenuProps {
  cluster: ClusterDetail;
  member: MemberState;
  busy: boolean;
  onOperation: (operation: Operation) => void;
}

/** A member row's operations; while the cluster is busy with a job they wait, and say so. */
export function MemberActionsMenu({ cluster, member, busy, onOperation }: MemberActionsMenuProps) {
  const items = memberActions(cluster, member).map((action) => ({
    label: action.label,
    onSelect: () => onOperation(action.operation),
    hint: busy ? 'another job is under way' : action.hint,
    disabled: busy || action.disabled === true,
    tone: action.tone,
    'data-testid': action.testId,
  }));
  return (
    <Menu
      label={`Operations on ${member.name}`}
      trigger={<MoreIcon size={16} />}
      items={items}
      data-testid={`member-actions-${member.name}`}
    />
  );
}
