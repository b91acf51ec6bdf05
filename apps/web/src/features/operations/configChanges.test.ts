import { describe, expect, it } from 'vitest';
import { changesToRows, formatConfigValue, parseChanges, rowsToChanges } from './configChanges.js';

describe('configuration changes', () => {
  it('reads a JSON object and says what is wrong with anything else', () => {
    expect(parseChanges('{"loop_wait": 10}')).toEqual({ ok: true, changes: { loop_wait: 10 } });
    expect(parseChanges('[1]')).toMatchObject({ ok: false });
    expect(parseChanges('{}')).toMatchObject({ ok: false });
    const broken = parseChanges('{loop_wait: 1}');
    expect(broken.ok ? '' : broken.error).toContain('Not valid JSON');
  });

  it('builds nested changes from dotted rows, JSON values typed and others as strings', () => {
    const parsed = rowsToChanges([
      { path: 'loop_wait', value: '10' },
      { path: 'postgresql.parameters.work_mem', value: '8MB' },
      { path: 'postgresql.parameters.max_connections', value: '200' },
      { path: 'synchronous_mode', value: 'null' },
      { path: '', value: '' },
    ]);
    expect(parsed).toEqual({
      ok: true,
      changes: {
        loop_wait: 10,
        postgresql: { parameters: { work_mem: '8MB', max_connections: 200 } },
        synchronous_mode: null,
      },
    });
    if (parsed.ok) expect(rowsToChanges(changesToRows(parsed.changes))).toEqual(parsed);
  });

  it('refuses rows that clash', () => {
    expect(
      rowsToChanges([
        { path: 'a.b', value: '1' },
        { path: 'a.b', value: '2' },
      ]),
    ).toMatchObject({ ok: false });
    expect(
      rowsToChanges([
        { path: 'a', value: '1' },
        { path: 'a.b', value: '2' },
      ]),
    ).toMatchObject({ ok: false });
    expect(rowsToChanges([{ path: 'a..b', value: '1' }])).toMatchObject({ ok: false });
    expect(rowsToChanges([])).toMatchObject({ ok: false });
  });

  it('shows values for people', () => {
    expect([null, 'on', 10, true].map(formatConfigValue)).toEqual(['not set in Patroni', 'on', '10', 'true']);
  });
});
