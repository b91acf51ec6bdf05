// `pnpm lab <command>`: the local lab cluster (see `pnpm lab help`). The lab's names and addresses
// derive from KEEL_LAB_SUBNET and KEEL_LAB_NAME when its code loads, so they are checked first: a
// bad value gets one line saying what is expected, not a stack trace.
import { LabSettingsError, labSettings } from './settings.js';

try {
  labSettings(process.env);
} catch (error) {
  if (!(error instanceof LabSettingsError)) throw error;
  process.stderr.write(`lab: ${error.message}\n`);
  process.exit(2);
}
await import('./commands.js');
