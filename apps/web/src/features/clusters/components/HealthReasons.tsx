import type { Health, HealthReason } from '@keel/shared';
import type { ReactNode } from 'react';
import { AlertIcon, CheckCircleIcon, InfoIcon, WarningIcon } from '../../../ui/icons.js';
import { sortReasons } from '../model.js';

const ICONS: Record<HealthReason['level'], ReactNode> = {
  critical: <AlertIcon size={15} />,
  warning: <WarningIcon size={15} />,
  info: <InfoIcon size={15} />,
};

const LEVEL_WORDS: Record<HealthReason['level'], string> = {
  critical: 'Critical',
  warning: 'Warning',
  info: 'Note',
};

/** Why the cluster has the health it has, most severe first; one calm line when nothing is wrong. */
export function HealthReasons({ health }: { health: Health }) {
  const reasons = sortReasons(health.reasons);
  if (reasons.length === 0) {
    return (
      <p className="reasons reasons--clear" data-testid="health-reasons">
        <CheckCircleIcon size={15} />
        Every check passes: leader, replication, etcd quorum and HAProxy routing.
      </p>
    );
  }
  return (
    <ul className="reasons" data-testid="health-reasons" aria-label="Health reasons">
      {reasons.map((reason) => (
        <li
          key={`${reason.code}:${reason.message}`}
          className={`reasons__item reasons__item--${reason.level}`}
          data-level={reason.level}
        >
          <span className="reasons__icon">{ICONS[reason.level]}</span>
          <span className="visually-hidden">{LEVEL_WORDS[reason.level]}: </span>
          <span className="reasons__message">{reason.message}</span>
          <code className="reasons__code">{reason.code}</code>
        </li>
      ))}
    </ul>
  );
}
