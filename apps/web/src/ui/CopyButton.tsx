import { useEffect, useState } from 'react';
import { Button } from './Button.js';
import { CheckIcon, CopyIcon } from './icons.js';

const CONFIRM_MS = 2_000;

/** Copies text to the clipboard and says so for a moment; says so too when the browser refuses. */
export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <Button
      size="sm"
      icon={state === 'copied' ? <CheckIcon size={13} /> : <CopyIcon size={13} />}
      onClick={copy}
      data-testid="copy-button"
    >
      <span aria-live="polite">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy blocked: select and copy' : label}
      </span>
    </Button>
  );
}
