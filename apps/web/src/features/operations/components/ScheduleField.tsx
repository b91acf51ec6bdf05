import { localToIsoUtc } from '../../../lib/localTime.js';
import { CheckboxField, TextField } from '../../../ui/Field.js';
import { formatUtc } from '../schedule.js';

interface ScheduleFieldProps {
  enabled: boolean;
  value: string;
  error: string | undefined;
  onEnabledChange: (enabled: boolean) => void;
  onValueChange: (value: string) => void;
}

/** "Run later" and the time, in the browser's zone with the UTC instant beside it. */
export function ScheduleField({ enabled, value, error, onEnabledChange, onValueChange }: ScheduleFieldProps) {
  const iso = localToIsoUtc(value);
  return (
    <div className="schedule">
      <CheckboxField
        label="Run later"
        checked={enabled}
        onChange={(event) => onEnabledChange(event.target.checked)}
        data-testid="schedule-toggle"
      />
      {enabled && (
        <TextField
          label="Start at (your local time)"
          type="datetime-local"
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          error={error}
          hint={
            iso !== null
              ? `${formatUtc(iso)}. The job waits in the queue until then; if Keel is down at that time, it does not run late.`
              : undefined
          }
          data-testid="schedule-time"
        />
      )}
    </div>
  );
}
