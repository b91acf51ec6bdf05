import { Button } from '../../../ui/Button.js';
import { Card } from '../../../ui/Card.js';
import { EditIcon } from '../../../ui/icons.js';
import { KeyValueList } from '../../../ui/KeyValueList.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function scalar(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Patroni's dynamic configuration as stored in etcd: settings first, nested sections pretty-printed. */
export function DynamicConfigCard({
  config,
  onEdit,
}: {
  config: Record<string, unknown> | null;
  /** Opens the editor, for those who may change the configuration. */
  onEdit?: () => void;
}) {
  if (config === null) {
    return (
      <Card title="Dynamic configuration">
        <p className="muted">Not read yet: Keel reads it from the leader&apos;s Patroni every 30 seconds.</p>
      </Card>
    );
  }
  const keys = Object.keys(config).sort();
  const settings = keys.filter((key) => !isObject(config[key]));
  const sections = keys.filter((key) => isObject(config[key]));
  return (
    <Card
      title="Dynamic configuration"
      actions={
        <>
          <span className="mono">patronictl show-config</span>
          {onEdit && (
            <Button size="sm" icon={<EditIcon size={13} />} onClick={onEdit} data-testid="config-edit">
              Edit…
            </Button>
          )}
        </>
      }
    >
      <div className="config" data-testid="dynamic-config">
        {settings.length > 0 && (
          <KeyValueList
            items={settings.map((key) => ({ label: key, value: scalar(config[key]), mono: true }))}
          />
        )}
        {sections.map((key) => (
          <div key={key} className="config__section">
            <h3 className="config__key mono">{key}</h3>
            <pre className="config__json">{JSON.stringify(config[key], null, 2)}</pre>
          </div>
        ))}
      </div>
    </Card>
  );
}
