import type { ClusterDetail, ConfigPreview, Job } from '@keel/shared';
import { useState } from 'react';
import { Badge } from '../../../ui/Badge.js';
import { Button } from '../../../ui/Button.js';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { ErrorBanner } from '../../../ui/ErrorBanner.js';
import { SegmentedChoice, TextAreaField } from '../../../ui/Field.js';
import { CloseIcon, PlusIcon, WarningIcon } from '../../../ui/icons.js';
import { Table, type Column } from '../../../ui/Table.js';
import {
  changesToRows,
  formatConfigValue,
  parseChanges,
  rowsToChanges,
  type ChangeRow,
  type Parsed,
} from '../configChanges.js';
import { useHasRole } from '../../auth/hooks.js';
import { useApplyConfig, useConfigPreview } from '../hooks.js';
import './ConfigEditorDialog.css';

type Mode = 'json' | 'rows';
const MODES = [
  { value: 'json' as const, label: 'JSON' },
  { value: 'rows' as const, label: 'Key / value rows' },
];
const EXAMPLE = '{\n  "loop_wait": 10,\n  "postgresql": { "parameters": { "work_mem": "8MB" } }\n}';
const emptyRow = (): ChangeRow => ({ path: '', value: '' });

interface ConfigEditorDialogProps {
  cluster: ClusterDetail;
  onClose: () => void;
  onStarted: (job: Job) => void;
}

/**
 * Changes to Patroni's dynamic configuration in two steps: write them (JSON or rows), preview the server's
 * diff with what needs a restart, then apply them as a job. The server validates; its message is shown as is.
 */
export function ConfigEditorDialog({ cluster, onClose, onStarted }: ConfigEditorDialogProps) {
  const [mode, setMode] = useState<Mode>('json');
  const [text, setText] = useState('');
  const [rows, setRows] = useState<ChangeRow[]>([emptyRow()]);
  const [reviewing, setReviewing] = useState<{ changes: Record<string, unknown>; preview: ConfigPreview }>();
  const preview = useConfigPreview(cluster.id);
  const apply = useApplyConfig(cluster.id);
  const isAdmin = useHasRole('admin');

  const parsed: Parsed = mode === 'json' ? parseChanges(text) : rowsToChanges(rows);
  const started = text.trim() !== '' || rows.some((r) => r.path.trim() !== '' || r.value.trim() !== '');

  const switchMode = (next: Mode) => {
    // Carry what was written across when it can be read; otherwise the other editor keeps its own.
    if (next === 'rows' && parsed.ok) setRows([...changesToRows(parsed.changes), emptyRow()]);
    if (next === 'json' && parsed.ok) setText(JSON.stringify(parsed.changes, null, 2));
    // The server's refusal was of what the other editor held.
    preview.reset();
    setMode(next);
  };

  if (reviewing) {
    const { changes, preview: diff } = reviewing;
    const count = diff.changes.length;
    const blocked = diff.needsAdmin.length > 0 && !isAdmin;
    return (
      <ConfirmDialog
        open
        title={`Apply ${count} change${count === 1 ? '' : 's'} to ${cluster.name}?`}
        confirmLabel={count === 0 ? 'Nothing to apply' : blocked ? 'Needs an admin' : 'Apply'}
        size="lg"
        busy={apply.isPending}
        confirmDisabled={count === 0 || blocked}
        onCancel={onClose}
        onConfirm={() =>
          apply.mutate(changes, {
            onSuccess: (answer) => {
              if (answer.job) onStarted(answer.job);
              else onClose();
            },
          })
        }
        secondaryAction={
          <Button variant="ghost" onClick={() => setReviewing(undefined)} disabled={apply.isPending}>
            ← Edit
          </Button>
        }
        footer={apply.isError && <ErrorBanner title="The change was not applied" error={apply.error} />}
        data-testid="config-dialog"
      >
        <p>
          Keel sends these through Patroni&apos;s <code>PATCH /config</code>; every member picks them up
          within a loop. Nothing is restarted: settings marked below need a restart to take effect.
        </p>
        <ConfigDiff preview={diff} />
        {blocked && (
          <p className="config-diff__admin" role="note" data-testid="config-needs-admin">
            Only an admin may apply changes to {diff.needsAdmin.join(', ')}: they run commands, load code or
            change who may connect on every database host.
          </p>
        )}
      </ConfirmDialog>
    );
  }

  return (
    <ConfirmDialog
      open
      title={`Edit the configuration of ${cluster.name}`}
      confirmLabel="Preview changes"
      size="lg"
      busy={preview.isPending}
      confirmDisabled={!parsed.ok}
      onCancel={onClose}
      onConfirm={() => {
        if (!parsed.ok) return;
        const changes = parsed.changes;
        preview.mutate(changes, { onSuccess: (answer) => setReviewing({ changes, preview: answer }) });
      }}
      footer={
        preview.isError && <ErrorBanner title="The server refused these changes" error={preview.error} />
      }
      data-testid="config-dialog"
    >
      <p>
        Write only what changes: objects merge into the current configuration, and <code>null</code> removes a
        key. The preview shows the difference before anything is applied.
      </p>
      <SegmentedChoice
        legend="Write the changes as"
        name="config-mode"
        value={mode}
        options={MODES}
        onChange={switchMode}
      />
      {mode === 'json' ? (
        <TextAreaField
          label="Changes"
          mono
          rows={9}
          value={text}
          placeholder={EXAMPLE}
          onChange={(event) => {
            setText(event.target.value);
            preview.reset();
          }}
          error={started && !parsed.ok ? parsed.error : undefined}
          hint={
            <>
              A JSON object, e.g. <code>{'{"postgresql": {"parameters": {"work_mem": "8MB"}}}'}</code>
            </>
          }
          data-testid="config-json"
        />
      ) : (
        <RowsEditor
          rows={rows}
          onChange={(next) => {
            setRows(next);
            preview.reset();
          }}
          error={started && !parsed.ok ? parsed.error : undefined}
        />
      )}
      <details className="config-editor__current">
        <summary>Current configuration</summary>
        <pre className="config__json">{JSON.stringify(cluster.dynamicConfig, null, 2)}</pre>
      </details>
    </ConfirmDialog>
  );
}

function RowsEditor({
  rows,
  onChange,
  error,
}: {
  rows: ChangeRow[];
  onChange: (rows: ChangeRow[]) => void;
  error: string | undefined;
}) {
  const update = (index: number, row: ChangeRow) => onChange(rows.with(index, row));
  return (
    <div className="config-rows" data-testid="config-rows">
      <div className="config-rows__head" aria-hidden="true">
        <span>Setting</span>
        <span>New value</span>
      </div>
      {rows.map((row, index) => (
        <div className="config-rows__row" key={index}>
          <input
            className="field__input mono"
            aria-label={`Setting ${index + 1}`}
            placeholder="postgresql.parameters.work_mem"
            value={row.path}
            onChange={(event) => update(index, { ...row, path: event.target.value })}
          />
          <input
            className="field__input mono"
            aria-label={`New value ${index + 1}`}
            placeholder="8MB"
            value={row.value}
            onChange={(event) => update(index, { ...row, value: event.target.value })}
          />
          <Button
            size="sm"
            variant="ghost"
            aria-label={`Remove row ${index + 1}`}
            disabled={rows.length === 1}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            <CloseIcon size={14} />
          </Button>
        </div>
      ))}
      <div className="config-rows__foot">
        <Button
          size="sm"
          icon={<PlusIcon size={13} />}
          onClick={() => onChange([...rows, { path: '', value: '' }])}
        >
          Add a setting
        </Button>
        <span className="muted">
          Values are JSON when they parse as JSON (10, true, null); anything else is text.
        </span>
      </div>
      {error !== undefined && <p className="field__error">{error}</p>}
    </div>
  );
}

function ConfigDiff({ preview }: { preview: ConfigPreview }) {
  type Change = ConfigPreview['changes'][number];
  const columns: Column<Change>[] = [
    { id: 'path', header: 'Setting', cell: (c) => <span className="mono">{c.path}</span> },
    {
      id: 'change',
      header: 'Before → after',
      cell: (c) => (
        <span className="config-diff__cell">
          <span className="config-diff__change mono">
            <del className="config-diff__before">{formatConfigValue(c.before)}</del>
            <span aria-hidden="true">→</span>
            <ins className="config-diff__after">{formatConfigValue(c.after)}</ins>
          </span>
          {c.running !== null && (
            <span className="config-diff__running muted">
              PostgreSQL runs with <span className="mono">{c.running === '' ? '(empty)' : c.running}</span>
            </span>
          )}
        </span>
      ),
    },
    {
      id: 'restart',
      header: 'Restart',
      width: 130,
      cell: (c) => (
        <span className="config-diff__tags">
          {c.needsRestart ? (
            <Badge tone="warn" shape="tag">
              needs restart
            </Badge>
          ) : (
            <span className="muted">no</span>
          )}
          {c.needsAdmin && (
            <Badge tone="critical" shape="tag">
              admin only
            </Badge>
          )}
        </span>
      ),
    },
  ];
  return (
    <div className="config-diff" data-testid="config-diff">
      {preview.changes.length === 0 ? (
        <p className="config-diff__none">These values are already in place: nothing would change.</p>
      ) : (
        <Table
          label="Configuration changes"
          columns={columns}
          rows={preview.changes}
          rowKey={(c) => c.path}
        />
      )}
      {preview.warnings.length > 0 && (
        <ul className="config-diff__warnings" data-testid="config-warnings">
          {preview.warnings.map((warning) => (
            <li key={warning}>
              <WarningIcon size={14} />
              {warning}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
